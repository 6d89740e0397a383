package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.Label;

/**
 * Links for references the services return as {@link Label}s (IRI plus label). Record IRIs end in
 * {@code <kind>/<slug>} under the configurable base, so the slug is read from the end of the IRI.
 */
final class RecordLinks {

    private RecordLinks() {
    }

    /** The slug of a record IRI of the given kind ("system", "dataset", "agent", "concept"), if it is one. */
    static Optional<String> slug(String iri, String kind) {
        String marker = "/" + kind + "/";
        int at = iri.lastIndexOf(marker);
        if (at < 0) {
            return Optional.empty();
        }
        String slug = iri.substring(at + marker.length());
        return DatasetId.isValid(slug) ? Optional.of(slug) : Optional.empty();
    }

    static Component toDataset(Label label) {
        return link(label, "dataset", DatasetView.class);
    }

    static Component toSystem(Label label) {
        return link(label, "system", SystemView.class);
    }

    private static Component link(Label label, String kind, Class<? extends Component> view) {
        return slug(label.iri(), kind)
                .<Component>map(slug -> new RouterLink(label.label(), view, new RouteParameters("slug", slug)))
                .orElseGet(() -> new Span(label.label()));
    }
}
