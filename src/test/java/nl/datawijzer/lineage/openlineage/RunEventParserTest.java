package nl.datawijzer.lineage.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunEventParserTest {

    static byte[] example(String name) {
        try (InputStream in = RunEventParserTest.class.getResourceAsStream("/openlineage/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MalformedEventException.Problem> problems(String json) {
        try {
            RunEventParser.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (MalformedEventException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    private static String valid(String replaceFrom, String replaceTo) {
        String base = new String(example("start-single-input.json"), StandardCharsets.UTF_8);
        if (!base.contains(replaceFrom)) {
            throw new IllegalArgumentException(replaceFrom);
        }
        return base.replace(replaceFrom, replaceTo);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start-single-input.json", "complete-single-output.json", "start-with-run-and-job-facets.json",
            "complete-with-dataset-facets.json", "column-lineage-and-quality.json"})
    void acceptsTheSpecificationsExampleEvents(String name) {
        RunEvent event = RunEventParser.parse(example(name));
        assertThat(event.job().name()).isNotBlank();
        assertThat(event.runId()).isNotNull();
    }

    @Test
    void readsTheFacetsTheCatalogueMapsAndIgnoresUnknownOnes() {
        RunEvent event = RunEventParser.parse(example("column-lineage-and-quality.json"));
        assertThat(event.eventType()).isEqualTo(EventType.COMPLETE);
        assertThat(event.runId()).isEqualTo(UUID.fromString("3f0c9a52-6f0e-4d3b-9a57-2b8f7f1f0c11"));
        DatasetRef input = event.inputs().getFirst();
        assertThat(input.schema()).extracting(DatasetRef.SchemaField::name).containsExactly("a", "c", "d");
        assertThat(input.quality().rowCount()).isEqualTo(123L);
        assertThat(input.quality().columns().get("a")).isEqualTo(new DatasetRef.ColumnMetrics(132L, 11L));
        DatasetRef output = event.outputs().getFirst();
        assertThat(output.columnLineage().get("b")).extracting(DatasetRef.InputField::field).containsExactly("c", "d");
        RunEvent documented = RunEventParser.parse(example("start-with-run-and-job-facets.json"));
        assertThat(documented.job().description()).isEqualTo("Process taxes.");
    }

    @Test
    void aMissingRunIdIsPointedAt() {
        assertThat(problems(valid("\"runId\": \"d46e465b-d358-4d32-83d4-df660ff614dd\"", "\"other\": 1")))
                .extracting(MalformedEventException.Problem::pointer).containsExactly("/run/runId");
    }

    @Test
    void aRunIdThatIsNoUuidIsPointedAt() {
        assertThat(problems(valid("d46e465b-d358-4d32-83d4-df660ff614dd", "run-42")))
                .extracting(MalformedEventException.Problem::pointer).containsExactly("/run/runId");
    }

    @Test
    void wrongTypesArePointedAtEachOne() {
        String json = valid("\"inputs\": [{", "\"inputs\": [{\"namespace\": \"a\", \"name\": \"b\"}, "
                + "{\"namespace\": \"a\", \"name\": \"c\"}, {\"namespace\": \"a\", \"name\": 7}, {")
                .replace("\"name\": \"process_taxes\"", "\"name\": [\"process_taxes\"]");
        assertThat(problems(json)).extracting(MalformedEventException.Problem::pointer)
                .containsExactly("/job/name", "/inputs/2/name");
    }

    @Test
    void aBadEventTimeOrEventTypeIsPointedAt() {
        assertThat(problems(valid("2020-12-28T19:52:00.001+10:00", "28-12-2020 19:52")))
                .extracting(MalformedEventException.Problem::pointer).containsExactly("/eventTime");
        assertThat(problems(valid("2020-12-28T19:52:00.001+10:00", "2020-12-28T19:52:00")))
                .extracting(MalformedEventException.Problem::pointer).containsExactly("/eventTime");
        assertThat(problems(valid("\"START\"", "\"BEGIN\"")))
                .extracting(MalformedEventException.Problem::pointer).containsExactly("/eventType");
    }

    @Test
    void aKnownFacetOfTheWrongShapeIsPointedAt() {
        String json = valid("\"name\": \"workshop.public.taxes\"", "\"name\": \"workshop.public.taxes\", \"facets\": "
                + "{\"schema\": {\"fields\": [{\"name\": \"id\"}, {\"type\": \"INT\"}]}}, \"inputFacets\": "
                + "{\"dataQualityMetrics\": {\"rowCount\": -1, \"columnMetrics\": {\"a/b\": {\"nullCount\": \"x\"}}}}");
        assertThat(problems(json)).extracting(MalformedEventException.Problem::pointer).containsExactly(
                "/inputs/0/facets/schema/fields/1/name", "/inputs/0/inputFacets/dataQualityMetrics/rowCount",
                "/inputs/0/inputFacets/dataQualityMetrics/columnMetrics/a~1b/nullCount");
    }

    @Test
    void notJsonAListOrAnEmptyBodyIsAProblemWithTheWholeDocument() {
        assertThat(problems("{\"eventType\": ")).extracting(MalformedEventException.Problem::pointer).containsExactly("");
        assertThat(problems("<xml/>")).extracting(MalformedEventException.Problem::pointer).containsExactly("");
        assertThat(problems("[]").getFirst().detail()).contains("geen lijst");
        assertThat(problems("")).extracting(MalformedEventException.Problem::pointer).containsExactly("");
        assertThat(problems("42")).extracting(MalformedEventException.Problem::pointer).containsExactly("");
    }

    @Test
    void missingRunAndJobAreBothReported() {
        assertThat(problems("{\"eventTime\": \"2020-12-28T19:52:00Z\", \"producer\": \"p\"}"))
                .extracting(MalformedEventException.Problem::pointer).containsExactly("/run", "/job");
    }

    @Test
    void deepNestingInAnUnknownFacetIsRefusedNotACrash() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThatThrownBy(() -> RunEventParser.parse(valid("\"producer\"", "\"x\": " + deep + ", \"producer\"")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedEventException.class);
    }
}
