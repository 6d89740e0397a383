package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.Score;
import nl.datawijzer.quality.ui.GradeBadge;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchKind;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;
import org.jspecify.annotations.Nullable;

/**
 * Realistisch: candidate datasets picked from the catalogue by search (datasets only, at most ten hits), each with its
 * system and its reliability (grade badge, "nog geen score" before its first profiling), or "new data needed".
 */
final class DatasetPicker extends Div {

    static final int HITS = 10;
    private static final String PREFIX = "dataset:";

    /** A chosen dataset: its slug, title and the system it lives in (empty when not known). */
    record Choice(String slug, String title, String system) {
    }

    private final SearchService search;
    private final DatasetService datasets;
    private final QualityService quality;
    private final Runnable onChange;
    private final Map<String, Choice> chosen = new LinkedHashMap<>();
    private List<SearchHit> hits = List.of();

    final TextField query = new TextField();
    final Div results = new Div();
    final Div chosenList = new Div();
    final Checkbox newData = new Checkbox();

    DatasetPicker(SearchService search, DatasetService datasets, QualityService quality, Runnable onChange) {
        this.quality = quality;
        this.search = search;
        this.datasets = datasets;
        this.onChange = onChange;
        query.setId("need-dataset-search");
        query.setLabel(getTranslation("needs.form.datasetSearch.label"));
        query.setPlaceholder(getTranslation("needs.form.datasetSearch.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setManualValidation(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(400);
        query.addValueChangeListener(e -> search(e.getValue()));
        results.setId("need-dataset-results");
        chosenList.setId("need-datasets-chosen");
        newData.setId("need-new-data");
        newData.setLabel(getTranslation("needs.form.newData"));
        newData.addValueChangeListener(e -> onChange.run());
        add(query, results, new H3(getTranslation("needs.form.datasetsChosen")), chosenList, newData);
        renderChosen();
    }

    /** Shows the given slugs as chosen, with title and system from the catalogue (the slug when it no longer exists). */
    void setValue(List<String> slugs, boolean newDataNeeded) {
        chosen.clear();
        for (String slug : slugs) {
            chosen.put(slug, lookUp(slug));
        }
        newData.setValue(newDataNeeded);
        query.clear();
        hits = List.of();
        renderResults();
        renderChosen();
    }

    List<String> slugs() {
        return List.copyOf(chosen.keySet());
    }

    boolean newDataNeeded() {
        return newData.getValue();
    }

    /** A problem with the chosen datasets (too many), or null to clear it. */
    void showProblem(@Nullable String problem) {
        query.setInvalid(problem != null);
        query.setErrorMessage(problem);
    }

    private Choice lookUp(String slug) {
        try {
            var detail = datasets.get(new DatasetId(slug));
            return new Choice(slug, detail.title(), detail.system().label());
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            return new Choice(slug, slug, "");
        }
    }

    private void search(String text) {
        if (text == null || text.isBlank()) {
            hits = List.of();
        } else {
            try {
                hits = search.search(new SearchRequest(text, Map.of(Facet.KIND, Set.of(SearchKind.DATASET.label())), 0,
                        HITS)).hits().stream().filter(h -> h.kind() == SearchKind.DATASET && h.id().startsWith(PREFIX))
                        .toList();
            } catch (IllegalArgumentException refused) {
                hits = List.of();
                query.setInvalid(true);
                query.setErrorMessage(refused.getMessage());
                renderResults();
                return;
            }
        }
        query.setInvalid(false);
        renderResults();
    }

    private void renderResults() {
        results.removeAll();
        if (hits.isEmpty()) {
            if (!query.getValue().isBlank()) {
                Paragraph none = new Paragraph(getTranslation("needs.form.datasetSearch.none"));
                none.setId("need-dataset-none");
                results.add(none);
            }
            return;
        }
        for (SearchHit hit : hits) {
            String slug = hit.id().substring(PREFIX.length());
            Choice choice = new Choice(slug, hit.title(), hit.subtitle() == null ? "" : hit.subtitle());
            boolean taken = chosen.containsKey(slug);
            Button add = new Button(getTranslation(taken ? "needs.form.datasetAdded" : "needs.form.datasetAdd"),
                    VaadinIcon.PLUS.create(), e -> add(choice));
            add.setId("need-dataset-add-" + slug);
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setEnabled(!taken);
            results.add(row(describe(choice), add));
        }
    }

    private void renderChosen() {
        chosenList.removeAll();
        if (chosen.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("needs.form.datasetsNone"));
            none.setId("need-datasets-none");
            chosenList.add(none);
            return;
        }
        for (Choice choice : chosen.values()) {
            Anchor link = new Anchor("datasets/" + choice.slug(), choice.title());
            link.setId("need-dataset-link-" + choice.slug());
            Div text = new Div(link);
            if (!choice.system().isBlank()) {
                text.add(system(choice.system()));
            }
            text.add(badge(choice.slug(), "need-dataset-chosen-grade-"));
            Button remove = new Button(getTranslation("needs.form.datasetRemove"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> remove(choice.slug()));
            remove.setId("need-dataset-remove-" + choice.slug());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("needs.form.datasetRemove") + ": " + choice.title());
            chosenList.add(row(text, remove));
        }
    }

    private Div describe(Choice choice) {
        Div text = new Div(new Span(choice.title()));
        if (!choice.system().isBlank()) {
            text.add(system(choice.system()));
        }
        text.add(badge(choice.slug(), "need-dataset-grade-"));
        return text;
    }

    /** The dataset's reliability, so a requester weighs candidate sources; "nog geen score" before it is profiled. */
    private GradeBadge badge(String slug, String idPrefix) {
        GradeBadge badge = new GradeBadge(score(slug));
        badge.setId(idPrefix + slug);
        badge.getStyle().set("margin-left", "var(--lumo-space-s)");
        return badge;
    }

    private Optional<Score> score(String slug) {
        return DatasetId.isValid(slug) ? quality.latestScore(new DatasetId(slug)) : Optional.empty();
    }

    private static Span system(String system) {
        Span span = new Span(" · " + system);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return span;
    }

    private static HorizontalLayout row(Div text, Button button) {
        HorizontalLayout row = new HorizontalLayout(text, button);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWidthFull();
        row.expand(text);
        row.setPadding(false);
        return row;
    }

    private void add(Choice choice) {
        chosen.putIfAbsent(choice.slug(), choice);
        renderResults();
        renderChosen();
        onChange.run();
    }

    private void remove(String slug) {
        chosen.remove(slug);
        renderResults();
        renderChosen();
        onChange.run();
    }
}
