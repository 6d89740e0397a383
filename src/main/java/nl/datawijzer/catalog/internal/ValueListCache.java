package nl.datawijzer.catalog.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.Language;
import nl.datawijzer.catalog.ValueConcept;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The value lists in memory. They ship with the code and are replaced only at start-up, so reading them
 * once is enough; labels are then resolved without a query per row.
 */
@Component
public class ValueListCache {

    private final ValueListRepository repository;
    private volatile Map<String, ValueConcept> byIri;
    private volatile Map<String, List<ValueConcept>> byScheme;

    ValueListCache(ValueListRepository repository) {
        this.repository = repository;
    }

    public Label label(String iri) {
        ValueConcept concept = concepts().get(iri);
        return new Label(iri, concept == null ? shortName(iri) : concept.label(Language.current()));
    }

    public List<Label> labels(List<String> iris) {
        return iris.stream().map(this::label).toList();
    }

    public @Nullable ValueConcept concept(String iri) {
        return concepts().get(iri);
    }

    public List<ValueConcept> scheme(String schemeIri) {
        load();
        return byScheme.getOrDefault(schemeIri, List.of());
    }

    private Map<String, ValueConcept> concepts() {
        load();
        return byIri;
    }

    private void load() {
        if (byIri == null) {
            synchronized (this) {
                if (byIri == null) {
                    List<ValueConcept> all = repository.all();
                    // A concept can sit in two schemes (ours and the EU one): keep the first we see for labels.
                    byIri = all.stream().collect(Collectors.toUnmodifiableMap(ValueConcept::iri, Function.identity(),
                            (a, b) -> a));
                    byScheme = all.stream()
                            .sorted(Comparator.comparingInt(ValueConcept::rank).thenComparing(ValueConcept::labelNl))
                            .collect(Collectors.groupingBy(ValueConcept::schemeIri, Collectors.toUnmodifiableList()));
                }
            }
        }
    }

    static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
