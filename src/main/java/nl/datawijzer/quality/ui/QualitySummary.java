package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import nl.datawijzer.quality.Score;

/**
 * The reliability section of the catalog's dataset and system pages: the grade badge, the score's own explanation and
 * a link "Kwaliteit bekijken" to the quality page.
 */
public final class QualitySummary extends Div {

    private QualitySummary(String id, Optional<Score> score, String noScoreKey, String address) {
        setId(id);
        addClassName("dw-quality-summary");
        H2 heading = new H2(getTranslation("qpage.summary.title"));
        GradeBadge badge = new GradeBadge(score);
        badge.setId(id + "-badge");
        Paragraph explanation = new Paragraph(score.map(s -> s.explanation(dutch()))
                .orElseGet(() -> getTranslation(noScoreKey)));
        explanation.setId(id + "-explanation");
        Anchor link = new Anchor(address, getTranslation("qpage.summary.link"));
        link.setId(id + "-link");
        add(heading, new Div(badge), explanation, link);
    }

    /** For the catalog's dataset page. */
    public static QualitySummary ofDataset(String slug, Optional<Score> score) {
        return new QualitySummary("dataset-quality", score, "qpage.summary.noScore", QualityRoutes.dataset(slug));
    }

    /** For the catalog's system page: the aggregate of its scored datasets. */
    public static QualitySummary ofSystem(String slug, Optional<Score> score) {
        return new QualitySummary("system-quality", score, "qpage.summary.systemNoScore", QualityRoutes.system(slug));
    }

    private boolean dutch() {
        return !"en".equals(getLocale().getLanguage());
    }
}
