package nl.datawijzer.opendata.sparql.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.sparql.PublicSparqlService;
import nl.datawijzer.opendata.sparql.QueryForm;
import nl.datawijzer.opendata.sparql.SparqlAnswer;
import nl.datawijzer.opendata.sparql.SparqlRefusedException;
import nl.datawijzer.opendata.sparql.SparqlResultFormat;
import nl.datawijzer.opendata.sparql.SparqlUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SPARQL 1.1 Protocol (query operation only) over the open-data view: GET with {@code query=}, POST as a form
 * with {@code query=}, or POST with the query as an {@code application/sparql-query} body. The answer format follows
 * Accept; {@value #TRUNCATED} says whether the result limit cut the answer. Errors are problem JSON whatever Accept
 * asks, with the explanation in Dutch and English.
 */
@RestController
@RequestMapping(OpenDataUrls.SPARQL)
@Tag(name = "Open data SPARQL", description = "SPARQL 1.1 over de gepubliceerde open data (alleen lezen, zonder aanmelden)")
class PublicSparqlApi {

    static final String TRUNCATED = "X-Datawijzer-Truncated";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    private final PublicSparqlService sparql;

    PublicSparqlApi(PublicSparqlService sparql) {
        this.sparql = sparql;
    }

    @GetMapping
    @SecurityRequirements
    @Operation(summary = "SPARQL-query over de open data",
            description = "SELECT, ASK, CONSTRUCT of DESCRIBE over de gepubliceerde open data (DCAT-AP-NL). Geen "
                    + "wijzigingen, geen SERVICE; met een tijdslimiet en een maximum aantal resultaten.")
    @Parameter(name = "query", in = ParameterIn.QUERY, required = true, description = "De SPARQL-query (hoogstens "
            + PublicSparqlService.MAX_QUERY_LENGTH + " tekens)", schema = @Schema(type = "string"))
    void get(@RequestParam @Parameter(hidden = true) MultiValueMap<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        answer(queryParameter(parameters), accept, response);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @SecurityRequirements
    @Operation(summary = "SPARQL-query over de open data (formulier)")
    void postForm(@RequestParam @Parameter(hidden = true) MultiValueMap<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        answer(queryParameter(parameters), accept, response);
    }

    @PostMapping(consumes = SPARQL_QUERY)
    @SecurityRequirements
    @Operation(summary = "SPARQL-query over de open data (query als body)")
    void postQuery(@RequestParam @Parameter(hidden = true) MultiValueMap<String, String> parameters,
            HttpServletRequest request, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        refuseUpdateAndDatasetParameters(parameters);
        answer(body(request), accept, response);
    }

    @PostMapping(consumes = SPARQL_UPDATE)
    @SecurityRequirements
    @Operation(summary = "SPARQL Update: altijd geweigerd")
    void postUpdate() {
        throw SparqlRefusedException.update();
    }

    private void answer(String query, String accept, HttpServletResponse response) throws IOException {
        QueryForm form = sparql.check(query);
        SparqlResultFormat format = negotiate(form, accept).orElseThrow(() -> new NotAcceptable(form));
        SparqlAnswer answer = sparql.query(query);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setHeader(TRUNCATED, Boolean.toString(answer.truncated()));
        answer.write(format, response.getOutputStream());
    }

    private static String queryParameter(MultiValueMap<String, String> parameters) {
        refuseUpdateAndDatasetParameters(parameters);
        List<String> queries = parameters.getOrDefault("query", List.of());
        if (queries.size() > 1) {
            throw new SparqlRefusedException(SparqlRefusedException.Reason.EMPTY,
                    "Geef precies één query op (parameter query).", "Provide exactly one query (parameter query).");
        }
        return queries.isEmpty() ? "" : queries.getFirst();
    }

    /**
     * An update parameter is refused outright; the protocol's dataset parameters too, because this endpoint has one
     * dataset only (the open-data view) and a caller should not believe another was used.
     */
    private static void refuseUpdateAndDatasetParameters(MultiValueMap<String, String> parameters) {
        if (parameters.containsKey("update") || parameters.containsKey("using-graph-uri")
                || parameters.containsKey("using-named-graph-uri")) {
            throw SparqlRefusedException.update();
        }
        if (parameters.containsKey("default-graph-uri") || parameters.containsKey("named-graph-uri")) {
            throw new SparqlRefusedException(SparqlRefusedException.Reason.NOT_ALLOWED,
                    "default-graph-uri en named-graph-uri worden niet ondersteund: dit eindpunt bevraagt alleen de "
                            + "gepubliceerde open data.",
                    "default-graph-uri and named-graph-uri are not supported: this endpoint only queries the "
                            + "published open data.");
        }
    }

    /** Reads at most one character more than allowed, so an oversized body is refused without reading it all. */
    private static String body(HttpServletRequest request) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        try (Reader reader = request.getReader()) {
            int read;
            while (text.length() <= PublicSparqlService.MAX_QUERY_LENGTH && (read = reader.read(buffer)) != -1) {
                text.append(buffer, 0, read);
            }
        }
        return text.toString();
    }

    /** The format the caller prefers most (by q, then by how specific the match is); the form's default for any. */
    static Optional<SparqlResultFormat> negotiate(QueryForm form, String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(form.formats().getFirst());
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        SparqlResultFormat best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (MediaType range : accepted) {
            double quality = range.getQualityValue();
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (quality <= 0 || quality < bestQuality || (quality == bestQuality && specificity <= bestSpecificity)) {
                continue;
            }
            for (SparqlResultFormat format : form.formats()) {
                if (format.mediaTypes().stream().map(MediaType::parseMediaType).anyMatch(range::includes)) {
                    best = format;
                    bestQuality = quality;
                    bestSpecificity = specificity;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    @ExceptionHandler(SparqlRefusedException.class)
    ResponseEntity<ProblemDetail> refused(SparqlRefusedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Query geweigerd", e.dutch(), e.english());
    }

    @ExceptionHandler(SparqlUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(SparqlUnavailableException e) {
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
                e.reason() == SparqlUnavailableException.Reason.BUSY ? "Te druk" : "Tijdslimiet overschreden",
                e.dutch(), e.english());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "2").body(problem.getBody());
    }

    @ExceptionHandler(NotAcceptable.class)
    ResponseEntity<ProblemDetail> notAcceptable(NotAcceptable e) {
        String formats = String.join(", ", e.form.formats().stream().map(SparqlResultFormat::mediaType).toList());
        return problem(HttpStatus.NOT_ACCEPTABLE, "Formaat niet beschikbaar",
                "Een " + e.form + "-antwoord is er alleen als " + formats + ".",
                "A " + e.form + " answer is only available as " + formats + ".");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String dutch, String english) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, dutch + " / " + english);
        problem.setTitle(title);
        problem.setProperty("nl", dutch);
        problem.setProperty("en", english);
        // Errors are problem JSON whatever the caller accepts for answers.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** No format the caller accepts exists for this query form. */
    static final class NotAcceptable extends RuntimeException {
        final transient QueryForm form;

        NotAcceptable(QueryForm form) {
            super("Not acceptable: " + form);
            this.form = form;
        }
    }
}
