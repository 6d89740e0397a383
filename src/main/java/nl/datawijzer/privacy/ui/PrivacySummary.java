package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.PrivacyProfile;

/**
 * One line on a system or dataset page: the highest classification of its fields, how many hold personal data
 * (special categories, BSN), which special categories they are (by label, marked with their GDPR article), how many
 * inherit it along their lineage, and how many still await the privacy officer.
 */
public class PrivacySummary extends Composite<Paragraph> {

    public PrivacySummary(PrivacyProfile profile, ValueListService values) {
        Paragraph line = getContent();
        line.setId("privacy-summary");
        line.addClassName("dw-privacy-summary");
        if (profile.fields() == 0) {
            line.setText(getTranslation("privacy.summary.noFields"));
            return;
        }
        Span highest = new Span(profile.highestConfidentiality() == null ? "–" : profile.highestConfidentiality().label());
        highest.addClassName("dw-badge");
        String kinds = new CategoryText(values, this).grouped(profile.specialCategories());
        line.add(new Span(getTranslation("privacy.summary.highest") + " "), highest);
        if (profile.highestInherited()) {
            line.add(new Span(" " + getTranslation("inherit.summary.highest")));
        }
        line.add(new Span(" · "
                + getTranslation("privacy.summary.personal", profile.personalFields(), profile.fields(),
                        profile.specialFields(), profile.bsnFields())
                + (kinds.isEmpty() ? "" : " · " + kinds)
                + (profile.inheritedFields() > 0 ? " · " + getTranslation("inherit.summary.fields", profile.inheritedFields()) : "")
                + (profile.unreviewed() > 0 ? " · " + getTranslation("privacy.summary.unreviewed", profile.unreviewed()) : "")));
    }
}
