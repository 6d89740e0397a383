package nl.datawijzer.catalog;

import java.util.List;
import java.util.Optional;
import nl.datawijzer.catalog.internal.ValueListCache;
import org.springframework.stereotype.Service;

/** The options of the value lists (for forms and filters) and their labels in the reader's language. */
@Service
public class ValueListService {

    private final ValueListCache cache;

    ValueListService(ValueListCache cache) {
        this.cache = cache;
    }

    public List<Label> options(ValueList list) {
        return cache.scheme(list.schemeIri()).stream()
                .map(c -> new Label(c.iri(), c.label(Language.current())))
                .toList();
    }

    public List<ValueConcept> concepts(ValueList list) {
        return cache.scheme(list.schemeIri());
    }

    public Label label(String iri) {
        return cache.label(iri);
    }

    /** The concept with this IRI, empty when no value list holds it. */
    public Optional<ValueConcept> concept(String iri) {
        return Optional.ofNullable(cache.concept(iri));
    }
}
