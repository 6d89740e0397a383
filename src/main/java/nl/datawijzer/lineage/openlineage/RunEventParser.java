package nl.datawijzer.lineage.openlineage;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.datawijzer.lineage.openlineage.DatasetRef.ColumnMetrics;
import nl.datawijzer.lineage.openlineage.DatasetRef.InputField;
import nl.datawijzer.lineage.openlineage.DatasetRef.QualityMetrics;
import nl.datawijzer.lineage.openlineage.DatasetRef.SchemaField;
import nl.datawijzer.lineage.openlineage.MalformedEventException.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one OpenLineage RunEvent (spec 2-0-2) from JSON and checks every part the catalogue uses, collecting every
 * problem with its JSON Pointer instead of stopping at the first. Unknown properties and facets are ignored, as the
 * spec allows; a known facet with a wrong shape is an error, since mapping half of it would store a wrong picture.
 * {@code schemaURL} and {@code eventType} are optional here because the spec's own example events leave them out.
 */
public final class RunEventParser {

    static final int MAX_DATASETS = 1_000;
    static final int MAX_FIELDS = 5_000;
    static final int MAX_NAME = 1_000;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    // Nesting and string limits keep a hostile document from costing more than its size already bounds.
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build())
            .build()).build();

    private final List<Problem> problems = new ArrayList<>();

    private RunEventParser() {
    }

    /** @throws MalformedEventException with every problem found */
    public static RunEvent parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedEventException(List.of(new Problem("",
                    "De inhoud is geen geldige JSON: " + firstLine(e.getOriginalMessage()))));
        }
        return new RunEventParser().event(root);
    }

    private RunEvent event(@Nullable JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new MalformedEventException(List.of(new Problem("", "De inhoud is leeg; stuur één RunEvent als JSON-object.")));
        }
        if (root.isArray()) {
            throw new MalformedEventException(List.of(new Problem("",
                    "Stuur één RunEvent per verzoek, als JSON-object (geen lijst), zoals Marquez het verwacht.")));
        }
        if (!root.isObject()) {
            throw new MalformedEventException(List.of(new Problem("", "Een RunEvent is een JSON-object.")));
        }
        EventType type = eventType(root.get("eventType"));
        OffsetDateTime time = time(root.get("eventTime"), "/eventTime");
        String producer = text(root.get("producer"), "/producer", true);
        if (root.has("schemaURL")) {
            text(root.get("schemaURL"), "/schemaURL", true);
        }
        UUID runId = null;
        JsonNode run = object(root.get("run"), "/run", true);
        if (run != null) {
            runId = uuid(run.get("runId"), "/run/runId");
            object(run.get("facets"), "/run/facets", false);
        }
        RunEvent.JobRef job = null;
        JsonNode jobNode = object(root.get("job"), "/job", true);
        if (jobNode != null) {
            String namespace = name(jobNode.get("namespace"), "/job/namespace");
            String name = name(jobNode.get("name"), "/job/name");
            String description = null;
            JsonNode facets = object(jobNode.get("facets"), "/job/facets", false);
            if (facets != null) {
                JsonNode doc = object(facets.get("documentation"), "/job/facets/documentation", false);
                if (doc != null) {
                    description = text(doc.get("description"), "/job/facets/documentation/description", false);
                }
            }
            job = new RunEvent.JobRef(namespace, name, description);
        }
        List<DatasetRef> inputs = datasets(root.get("inputs"), "/inputs");
        List<DatasetRef> outputs = datasets(root.get("outputs"), "/outputs");
        if (!problems.isEmpty()) {
            throw new MalformedEventException(problems);
        }
        return new RunEvent(type, time, runId, job, inputs, outputs, producer);
    }

    private EventType eventType(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return EventType.OTHER;
        }
        if (node.isString()) {
            for (EventType type : EventType.values()) {
                if (type.name().equals(node.stringValue())) {
                    return type;
                }
            }
        }
        problems.add(new Problem("/eventType", "eventType moet een van START, RUNNING, COMPLETE, ABORT, FAIL of OTHER zijn."));
        return EventType.OTHER;
    }

    private List<DatasetRef> datasets(@Nullable JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new Problem(pointer, pointer.substring(1) + " moet een lijst (JSON-array) van datasets zijn."));
            return List.of();
        }
        if (node.size() > MAX_DATASETS) {
            problems.add(new Problem(pointer, "Hoogstens " + MAX_DATASETS + " datasets per lijst."));
            return List.of();
        }
        List<DatasetRef> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode dataset = object(node.get(i), at, true);
            if (dataset == null) {
                continue;
            }
            String namespace = name(dataset.get("namespace"), at + "/namespace");
            String name = name(dataset.get("name"), at + "/name");
            List<SchemaField> schema = List.of();
            Map<String, List<InputField>> columnLineage = Map.of();
            QualityMetrics quality = null;
            JsonNode facets = object(dataset.get("facets"), at + "/facets", false);
            if (facets != null) {
                schema = schema(facets.get("schema"), at + "/facets/schema");
                columnLineage = columnLineage(facets.get("columnLineage"), at + "/facets/columnLineage");
                if (facets.has("dataQualityMetrics")) {
                    quality = quality(facets.get("dataQualityMetrics"), at + "/facets/dataQualityMetrics");
                }
            }
            // The spec puts dataQualityMetrics among the inputFacets of an input dataset.
            JsonNode inputFacets = object(dataset.get("inputFacets"), at + "/inputFacets", false);
            if (inputFacets != null && inputFacets.has("dataQualityMetrics")) {
                quality = quality(inputFacets.get("dataQualityMetrics"), at + "/inputFacets/dataQualityMetrics");
            }
            object(dataset.get("outputFacets"), at + "/outputFacets", false);
            result.add(new DatasetRef(namespace, name, schema, columnLineage, quality));
        }
        return result;
    }

    private List<SchemaField> schema(@Nullable JsonNode node, String pointer) {
        JsonNode facet = object(node, pointer, false);
        if (facet == null) {
            return List.of();
        }
        JsonNode fields = facet.get("fields");
        if (fields == null || fields.isNull()) {
            return List.of();
        }
        if (!fields.isArray()) {
            problems.add(new Problem(pointer + "/fields", "schema.fields moet een lijst van velden zijn."));
            return List.of();
        }
        if (fields.size() > MAX_FIELDS) {
            problems.add(new Problem(pointer + "/fields", "Hoogstens " + MAX_FIELDS + " velden per schema."));
            return List.of();
        }
        List<SchemaField> result = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String at = pointer + "/fields/" + i;
            JsonNode field = object(fields.get(i), at, true);
            if (field != null) {
                String name = name(field.get("name"), at + "/name");
                String type = text(field.get("type"), at + "/type", false);
                result.add(new SchemaField(name, type));
            }
        }
        return result;
    }

    private Map<String, List<InputField>> columnLineage(@Nullable JsonNode node, String pointer) {
        JsonNode facet = object(node, pointer, false);
        if (facet == null) {
            return Map.of();
        }
        JsonNode fields = object(facet.get("fields"), pointer + "/fields", false);
        if (fields == null) {
            return Map.of();
        }
        Map<String, List<InputField>> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : fields.properties()) {
            String at = pointer + "/fields/" + escape(entry.getKey());
            checkName(entry.getKey(), at);
            JsonNode field = object(entry.getValue(), at, true);
            if (field == null) {
                continue;
            }
            JsonNode inputs = field.get("inputFields");
            if (inputs == null || !inputs.isArray()) {
                problems.add(new Problem(at + "/inputFields", "inputFields moet een lijst van bronvelden zijn."));
                continue;
            }
            List<InputField> sources = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                String in = at + "/inputFields/" + i;
                JsonNode source = object(inputs.get(i), in, true);
                if (source != null) {
                    sources.add(new InputField(name(source.get("namespace"), in + "/namespace"),
                            name(source.get("name"), in + "/name"), name(source.get("field"), in + "/field")));
                }
            }
            result.put(entry.getKey(), sources);
        }
        return result;
    }

    private @Nullable QualityMetrics quality(@Nullable JsonNode node, String pointer) {
        JsonNode facet = object(node, pointer, false);
        if (facet == null) {
            return null;
        }
        Long rowCount = count(facet.get("rowCount"), pointer + "/rowCount");
        Map<String, ColumnMetrics> columns = new LinkedHashMap<>();
        JsonNode metrics = object(facet.get("columnMetrics"), pointer + "/columnMetrics", false);
        if (metrics != null) {
            for (Map.Entry<String, JsonNode> entry : metrics.properties()) {
                String at = pointer + "/columnMetrics/" + escape(entry.getKey());
                checkName(entry.getKey(), at);
                JsonNode column = object(entry.getValue(), at, true);
                if (column != null) {
                    columns.put(entry.getKey(), new ColumnMetrics(count(column.get("nullCount"), at + "/nullCount"),
                            count(column.get("distinctCount"), at + "/distinctCount")));
                }
            }
        }
        return new QualityMetrics(rowCount, columns);
    }

    private @Nullable Long count(@Nullable JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
            return node.longValue();
        }
        problems.add(new Problem(pointer, "Moet een geheel getal van 0 of meer zijn."));
        return null;
    }

    private @Nullable JsonNode object(@Nullable JsonNode node, String pointer, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new Problem(pointer, "Ontbreekt: " + label(pointer) + " is verplicht (een JSON-object)."));
            }
            return null;
        }
        if (!node.isObject()) {
            problems.add(new Problem(pointer, label(pointer) + " moet een JSON-object zijn."));
            return null;
        }
        return node;
    }

    private String name(@Nullable JsonNode node, String pointer) {
        String value = text(node, pointer, true);
        if (!value.isEmpty()) {
            checkName(value, pointer);
        }
        return value;
    }

    private void checkName(String value, String pointer) {
        if (value.isBlank()) {
            problems.add(new Problem(pointer, label(pointer) + " mag niet leeg zijn."));
        } else if (value.length() > MAX_NAME) {
            problems.add(new Problem(pointer, label(pointer) + " is langer dan " + MAX_NAME + " tekens."));
        } else if (value.chars().anyMatch(c -> c < 0x20)) {
            problems.add(new Problem(pointer, label(pointer) + " bevat stuurtekens."));
        }
    }

    private String text(@Nullable JsonNode node, String pointer, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new Problem(pointer, "Ontbreekt: " + label(pointer) + " is verplicht (tekst)."));
            }
            return required ? "" : null;
        }
        if (!node.isString()) {
            problems.add(new Problem(pointer, label(pointer) + " moet tekst zijn."));
            return required ? "" : null;
        }
        return node.stringValue();
    }

    private @Nullable UUID uuid(@Nullable JsonNode node, String pointer) {
        String value = text(node, pointer, true);
        if (value.isEmpty() && (node == null || !node.isString())) {
            return null;
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            problems.add(new Problem(pointer, "runId moet een UUID zijn, bijvoorbeeld d46e465b-d358-4d32-83d4-df660ff614dd."));
            return null;
        }
        return UUID.fromString(value);
    }

    private @Nullable OffsetDateTime time(@Nullable JsonNode node, String pointer) {
        String value = text(node, pointer, true);
        if (value.isEmpty() && (node == null || !node.isString())) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(pointer,
                    "eventTime moet een datum en tijd met tijdzone zijn (ISO 8601), bijvoorbeeld 2020-12-28T19:52:00.001+10:00."));
            return null;
        }
    }

    private static String label(String pointer) {
        return pointer.isEmpty() ? "de gebeurtenis" : pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    /** RFC 6901: '~' and '/' in a key are written as '~0' and '~1'. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "onleesbaar";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
