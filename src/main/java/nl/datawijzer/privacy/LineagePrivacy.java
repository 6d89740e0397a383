package nl.datawijzer.privacy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.internal.LineageRepository;
import nl.datawijzer.privacy.internal.LineageRepository.FieldNode;
import nl.datawijzer.privacy.internal.LineageRepository.LineageReader;
import org.springframework.stereotype.Component;

/**
 * Inherited classification, computed when read: a field inherits the personal data of every upstream field that a
 * lineage path without an approved anonymisation or aggregation step connects it to. Nothing derived is stored, so an
 * inheritance holds exactly while such a path exists. Unguarded: the services in front of it check who asks.
 */
@Component
class LineagePrivacy {

    /** Per dataset: fields that inherit personal data without being classified as personal themselves, and the
     * strictest confidentiality among everything its fields inherit (0 when nothing). */
    record DatasetInheritance(int unmarkedFields, int highestRank) {
        static final DatasetInheritance NONE = new DatasetInheritance(0, 0);
    }

    private final LineageRepository repository;
    private final ValueListService values;

    LineagePrivacy(LineageRepository repository, ValueListService values) {
        this.repository = repository;
        this.values = values;
    }

    FieldInheritance field(FieldId field) {
        return repository.read(reader -> {
            LineageWalk walk = new LineageWalk(reader::upstream);
            return inheritance(field, walk.from(List.of(field)).get(field));
        });
    }

    /** Every field of the dataset at once, in one walk (one batched look-up per lineage level). */
    Map<FieldId, FieldInheritance> dataset(DatasetId dataset) {
        return repository.read(reader -> inheritances(reader, reader.upstreamOfDataset(dataset)));
    }

    Map<String, DatasetInheritance> byDataset(DatasetId dataset) {
        return repository.read(reader -> perDataset(reader, reader.upstreamOfDataset(dataset)));
    }

    Map<String, DatasetInheritance> byDataset(SystemId system) {
        return repository.read(reader -> perDataset(reader, reader.upstreamOfSystem(system)));
    }

    /** Every dataset of the catalog: one query reads all fields, after which the walk needs none. */
    Map<String, DatasetInheritance> byDataset() {
        return repository.read(reader -> perDataset(reader, reader.upstreamOfAll()));
    }

    /** The fields that inherit whatever {@code field} carries: downstream of it with no approved step between. */
    List<DerivedField> downstream(FieldId field) {
        return repository.read(reader -> {
            LineageWalk walk = new LineageWalk(reader::downstream);
            return walk.from(List.of(field)).get(field).stream()
                    .map(r -> new DerivedField(r.node().field(), r.path().stream().map(FieldNode::field).toList()))
                    .toList();
        });
    }

    /**
     * The direct sources of a field, each with what would pass over the link (the source's own personal data and what
     * it inherits) and the approval that stops it, if any.
     */
    List<SourceLink> sources(FieldId field) {
        return repository.read(reader -> {
            List<LineageRepository.Source> sources = reader.sources(field);
            if (sources.isEmpty()) {
                return List.<SourceLink>of();
            }
            LineageWalk walk = new LineageWalk(reader::upstream);
            Set<FieldId> ids = new LinkedHashSet<>();
            sources.forEach(s -> ids.add(s.source()));
            Map<FieldId, FieldNode> nodes = reader.upstream(ids);
            walk.know(nodes);
            Map<FieldId, List<LineageWalk.Reach>> reached = walk.from(ids);
            return sources.stream().filter(s -> nodes.containsKey(s.source())).map(s -> {
                FieldNode node = nodes.get(s.source());
                Map<String, Label> carries = new LinkedHashMap<>();
                if (node.personal()) {
                    labels(node.categoryIris()).forEach(l -> carries.putIfAbsent(l.iri(), l));
                }
                inheritance(s.source(), reached.get(s.source())).categories()
                        .forEach(l -> carries.putIfAbsent(l.iri(), l));
                return new SourceLink(node.field(), List.copyOf(carries.values()), s.approval());
            }).toList();
        });
    }

    private Map<FieldId, FieldInheritance> inheritances(LineageReader reader, Map<FieldId, FieldNode> fields) {
        LineageWalk walk = new LineageWalk(reader::upstream).know(fields);
        Map<FieldId, FieldInheritance> result = new LinkedHashMap<>();
        walk.from(fields.keySet()).forEach((field, reached) -> result.put(field, inheritance(field, reached)));
        return result;
    }

    private Map<String, DatasetInheritance> perDataset(LineageReader reader, Map<FieldId, FieldNode> fields) {
        Map<String, DatasetInheritance> result = new LinkedHashMap<>();
        inheritances(reader, fields).forEach((field, inheritance) -> {
            if (!inheritance.inherits()) {
                return;
            }
            int unmarked = fields.get(field).personal() ? 0 : 1;
            result.merge(field.dataset().slug(), new DatasetInheritance(unmarked, inheritance.highestRank()),
                    (a, b) -> new DatasetInheritance(a.unmarkedFields() + b.unmarkedFields(),
                            Math.max(a.highestRank(), b.highestRank())));
        });
        return result;
    }

    private FieldInheritance inheritance(FieldId field, List<LineageWalk.Reach> reached) {
        return inheritance(field, reached, values::label);
    }

    private List<Label> labels(List<String> iris) {
        return iris.stream().sorted().map(values::label).toList();
    }

    /** What the reached fields with personal data pass on to {@code field}: one entry per such source. */
    static FieldInheritance inheritance(FieldId field, List<LineageWalk.Reach> reached, Function<String, Label> label) {
        return new FieldInheritance(field, reached.stream().filter(r -> r.node().personal())
                .map(r -> new InheritedClassification(r.node().field(), r.path().stream().map(FieldNode::field).toList(),
                        r.node().categoryIris().stream().sorted().map(label).toList(), r.node().confidentialityRank()))
                .toList());
    }
}
