package nl.datawijzer.lineage.openlineage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.datawijzer.lineage.openlineage.MalformedEventException.Problem;
import nl.datawijzer.rdf.WriteRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenLineage endpoint at the path Marquez serves, so that an ETL tool's existing OpenLineage integration works by
 * changing its URL. One RunEvent per request (Marquez takes no lists either); 201 when taken in, 200 for a repeat of a
 * runId and eventType (nothing changes). The body is read up to the limit and no further.
 */
@RestController
@Tag(name = "OpenLineage", description = "OpenLineage RunEvents (spec 2-0-2) ontvangen, met een API-sleutel (Bearer)")
class LineageIntakeApi {

    static final String PATH = "/api/v1/lineage";
    private static final MediaTypes JSON = new MediaTypes();

    private final OpenLineageIntake intake;
    private final OpenLineageProperties properties;

    LineageIntakeApi(OpenLineageIntake intake, OpenLineageProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping(path = PATH)
    @Operation(summary = "Eén OpenLineage RunEvent ontvangen (zoals Marquez)",
            description = "Authorization: Bearer <API-sleutel>. 201: verwerkt; 200: deze runId en eventType waren al "
                    + "verwerkt; 400: geen geldig RunEvent (problem JSON met een JSON Pointer naar het foute deel); "
                    + "401: geen of ongeldige sleutel; 413: groter dan de limiet.")
    ResponseEntity<Object> receive(HttpServletRequest request) throws IOException {
        int limit = properties.maxEventBytes();
        if (request.getContentLengthLong() > limit) {
            return tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(limit + 1);
        }
        if (body.length > limit) {
            return tooLarge(limit);
        }
        RunEvent event = RunEventParser.parse(body);
        IntakeResult result = intake.receive(event);
        return ResponseEntity.status(result.repeat() ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(JSON.json)
                .body(Map.of("job", result.job(), "run", result.run(), "repeat", result.repeat(),
                        "discoveredDatasets", result.discoveredDatasets(), "newFields", result.newFields(),
                        "measurements", result.measurements()));
    }

    @ExceptionHandler(MalformedEventException.class)
    ResponseEntity<ProblemDetail> malformed(MalformedEventException e) {
        List<Problem> problems = e.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.getFirst().detail());
        problem.setTitle("Ongeldige OpenLineage-gebeurtenis");
        problem.setType(URI.create("https://openlineage.io/spec/2-0-2/OpenLineage.json"));
        problem.setProperty("pointer", problems.getFirst().pointer());
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("pointer", p.pointer(), "detail", p.detail())).toList());
        return ResponseEntity.badRequest().contentType(JSON.problem).body(problem);
    }

    @ExceptionHandler(WriteRefusedException.class)
    ResponseEntity<ProblemDetail> refused(WriteRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "De gebeurtenis past niet in de catalogus; er is niets opgeslagen.");
        problem.setTitle("Gebeurtenis geweigerd");
        problem.setProperty("pointer", "");
        problem.setProperty("errors", e.violations().stream()
                .map(v -> Map.of("pointer", "", "detail", v.messageNl(), "focusNode", v.focusNode())).toList());
        return ResponseEntity.unprocessableContent().contentType(JSON.problem).body(problem);
    }

    private static ResponseEntity<Object> tooLarge(int limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "De gebeurtenis is groter dan " + limit + " bytes; er is niets opgeslagen.");
        problem.setTitle("Gebeurtenis te groot");
        problem.setProperty("pointer", "");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(JSON.problem).body(problem);
    }

    private static final class MediaTypes {
        final org.springframework.http.MediaType json = org.springframework.http.MediaType.APPLICATION_JSON;
        final org.springframework.http.MediaType problem = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON;
    }
}
