package nl.datawijzer.lineage.openlineage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.datawijzer.lineage.openlineage.DiscoveredDataset;
import nl.datawijzer.lineage.openlineage.DiscoveredDatasets;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;

/** Datasets that OpenLineage events named and the catalogue did not know: for stewards to review and complete. */
@Route(value = DiscoveredDatasetsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.BEHEERDER_NAME)
public class DiscoveredDatasetsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "beheer/ontdekte-datasets";

    public DiscoveredDatasetsView(DiscoveredDatasets discovered) {
        setMaxWidth("80rem");
        add(new H1(getTranslation("openlineage.discovered.title")));
        add(new Paragraph(getTranslation("openlineage.discovered.intro")));
        List<DiscoveredDataset> items = discovered.list();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("openlineage.discovered.none"));
            none.setId("discovered-none");
            add(none);
            return;
        }
        Grid<DiscoveredDataset> grid = new Grid<>(DiscoveredDataset.class, false);
        grid.setId("discovered-datasets");
        grid.addComponentColumn(d -> new Anchor("datasets/" + d.slug(), d.title()))
                .setHeader(getTranslation("openlineage.discovered.dataset")).setFlexGrow(2);
        grid.addColumn(DiscoveredDataset::openLineageName).setHeader(getTranslation("openlineage.discovered.name"))
                .setFlexGrow(3);
        grid.addColumn(d -> d.job() == null ? "" : d.job()).setHeader(getTranslation("openlineage.discovered.job"));
        grid.addColumn(DiscoveredDataset::fields).setHeader(getTranslation("openlineage.discovered.fields")).setAutoWidth(true);
        grid.addColumn(d -> Moments.NUMERIC.format(d.discovered())).setHeader(getTranslation("openlineage.discovered.when"))
                .setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(items.size() <= 50);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openlineage.discovered.title") + " | Datawijzer";
    }
}
