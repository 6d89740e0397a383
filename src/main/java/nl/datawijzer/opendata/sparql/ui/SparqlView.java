package nl.datawijzer.opendata.sparql.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.sparql.PublicSparqlService;
import nl.datawijzer.opendata.sparql.SparqlExample;
import nl.datawijzer.opendata.sparql.SparqlRefusedException;
import nl.datawijzer.opendata.sparql.SparqlTable;
import nl.datawijzer.opendata.sparql.SparqlUnavailableException;
import nl.datawijzer.ui.MainLayout;

/**
 * SPARQL over the published open data for people, without signing in: write a query or start from an example, run
 * it (button or Ctrl+Enter), read the answer as a table. The same checks and limits as the HTTP endpoint, which the
 * page links to for programs.
 */
@Route(value = SparqlView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class SparqlView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = OpenDataUrls.PORTAL + "/sparql";

    private final PublicSparqlService sparql;
    final TextArea query = new TextArea();
    final Button run = new Button();
    final Paragraph status = new Paragraph();
    final Grid<List<String>> result = new Grid<>();

    public SparqlView(PublicSparqlService sparql) {
        this.sparql = sparql;
        setMaxWidth("72rem");
        add(new H1(getTranslation("sparql.title")));
        Paragraph intro = new Paragraph(getTranslation("sparql.intro"));
        Anchor endpoint = new Anchor(OpenDataUrls.SPARQL, OpenDataUrls.SPARQL);
        endpoint.setId("sparql-endpoint");
        Paragraph forPrograms = new Paragraph(getTranslation("sparql.forPrograms") + " ");
        forPrograms.add(endpoint);
        Paragraph limits = new Paragraph(getTranslation("sparql.limits", sparql.timeout().toSeconds(),
                sparql.resultLimit(), PublicSparqlService.MAX_CONCURRENT));
        limits.setId("sparql-limits");
        add(intro, forPrograms, limits);

        add(new H2(getTranslation("sparql.examples")));
        HorizontalLayout examples = new HorizontalLayout();
        examples.setWrap(true);
        for (SparqlExample example : sparql.examples()) {
            Button pick = new Button(getTranslation("sparql.example." + example.key()), e -> {
                query.setValue(example.query().strip());
                query.focus();
            });
            pick.setId("sparql-example-" + example.key());
            pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            examples.add(pick);
        }
        add(examples);

        query.setId("sparql-query");
        query.setLabel(getTranslation("sparql.query"));
        query.setHelperText(getTranslation("sparql.query.help"));
        query.setMaxLength(PublicSparqlService.MAX_QUERY_LENGTH);
        query.setWidthFull();
        query.setMinHeight("12rem");
        query.getStyle().set("font-family", "monospace");
        query.setValue(sparql.examples().getFirst().query().strip());

        run.setId("sparql-run");
        run.setText(getTranslation("sparql.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // On the whole page, and the query field's latest text is sent before the click (blur and focus again).
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        run.addClickListener(e -> runQuery());
        add(query, run);

        status.setId("sparql-status");
        // Read out by screen readers when it changes: the number of results or why there are none.
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        result.setId("sparql-result");
        result.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        result.setWidthFull();
        result.setVisible(false);
        result.getElement().setAttribute("aria-label", getTranslation("sparql.result"));
        add(status, result);
    }

    void runQuery() {
        try {
            SparqlTable table = sparql.table(query.getValue());
            result.removeAllColumns();
            for (int i = 0; i < table.columns().size(); i++) {
                int column = i;
                result.addColumn(row -> row.get(column)).setHeader(table.columns().get(column)).setResizable(true);
            }
            result.setItems(table.rows());
            result.setVisible(true);
            String count = getTranslation("sparql.count", table.rows().size());
            status.setText(table.truncated() ? count + " " + getTranslation("sparql.truncated", sparql.resultLimit()) : count);
        } catch (SparqlRefusedException e) {
            showProblem(english() ? e.english() : e.dutch());
        } catch (SparqlUnavailableException e) {
            showProblem(english() ? e.english() : e.dutch());
        }
    }

    private void showProblem(String text) {
        result.setVisible(false);
        result.setItems(List.of());
        status.setText(text);
    }

    private boolean english() {
        return "en".equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sparql.title") + " | Datawijzer";
    }
}
