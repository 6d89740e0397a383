package nl.datawijzer.lineage.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.datawijzer.lineage.LineageService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Impact analysis for staff: what a change to a dataset, field, job, KPI or information need touches downstream and
 * what it depends on upstream. The service checks the role. No {@code produces} on the CSV mapping, so an error can
 * still answer as problem JSON.
 */
@RestController
@RequestMapping(path = "/api/lineage")
@Tag(name = "Herkomst", description = "Impactanalyse over de herkomstgegevens (alleen lezen, voor medewerkers)")
class ImpactApi {

    /** Deeper than any real lineage; a bound so that a request cannot ask for a silly number. */
    static final int MAX_DEPTH = 1000;

    private final LineageService lineage;

    ImpactApi(LineageService lineage) {
        this.lineage = lineage;
    }

    @GetMapping(path = "/impact", produces = "application/json")
    @Operation(summary = "Wat raakt een wijziging: stroomafwaarts en stroomopwaarts van één knooppunt",
            description = "node: het id van een dataset, veld, verwerkingstaak, KPI of informatiebehoefte, zoals "
                    + "dataset/wmo-meldingen of dataset/wmo-meldingen/field/bsn. depth: hoogstens zoveel stappen "
                    + "(1.." + MAX_DEPTH + "; weglaten: onbeperkt). fields: true volgt de veldherkomst.")
    ImpactJson impact(@RequestParam String node, @RequestParam(required = false) @Nullable Integer depth,
            @RequestParam(defaultValue = "false") boolean fields) {
        return ImpactJson.of(lineage.impact(node, depth(depth), fields), depth);
    }

    @GetMapping("/impact.csv")
    @Operation(summary = "Dezelfde impactanalyse als CSV (UTF-8 met BOM, ';')")
    ResponseEntity<byte[]> csv(@RequestParam String node, @RequestParam(required = false) @Nullable Integer depth,
            @RequestParam(defaultValue = "false") boolean fields) {
        byte[] body = lineage.impactCsv(node, depth(depth), fields);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("impact-" + node.replaceAll("[^A-Za-z0-9-]+", "-") + "-" + LocalDate.now() + ".csv")
                        .build().toString())
                .body(body);
    }

    private static int depth(@Nullable Integer depth) {
        if (depth == null) {
            return LineageService.UNLIMITED;
        }
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("De diepte moet tussen 1 en " + MAX_DEPTH + " liggen, of weggelaten "
                    + "worden voor onbeperkt; gekregen: " + depth + ".");
        }
        return depth;
    }
}
