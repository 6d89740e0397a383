package nl.datawijzer.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.quality.DatasetScore;
import nl.datawijzer.quality.ReliabilityService;
import nl.datawijzer.quality.Score;
import nl.datawijzer.spreadsheet.DutchCsv;
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
 * Scores and measurements for dashboards. The service checks the role (any staff member). No {@code produces} on the
 * CSV mappings, so an error still answers as problem JSON.
 */
@RestController
@RequestMapping(path = "/api/v1/quality")
@Tag(name = "Betrouwbaarheid", description = "Scores en metingen voor dashboards (medewerkers)")
class QualityFeedApi {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.of("nl");

    private final ReliabilityService quality;

    QualityFeedApi(ReliabilityService quality) {
        this.quality = quality;
    }

    /** One dataset's latest score; parts absent are null. */
    record ScoreRow(String dataset, String title, String system, int score, String grade, @Nullable Integer dataQuality,
            int metadata, @Nullable Integer timeliness, String explanation, Instant computedAt) {
    }

    /** One measurement; checked and failed only for field metrics, field empty for dataset metrics. */
    record MeasurementRow(String run, String dataset, String field, String metric, double value, @Nullable Long checked,
            @Nullable Long failed, Instant time) {
    }

    @GetMapping(path = "/scores.json", produces = "application/json")
    @Operation(summary = "De laatste betrouwbaarheidsscore van elke dataset",
            description = "Per dataset: score 0-100, letter A-E, de delen datakwaliteit, metadata en actualiteit "
                    + "(null als een deel ontbreekt), de uitleg en wanneer de score berekend is.")
    List<ScoreRow> scores() {
        return rows();
    }

    @GetMapping("/scores.csv")
    @Operation(summary = "Dezelfde scores als CSV (UTF-8 met BOM, ';')")
    ResponseEntity<byte[]> scoresCsv() {
        DutchCsv csv = new DutchCsv().row(List.of("dataset", "titel", "systeem", "score", "letter", "datakwaliteit",
                "metadata", "actualiteit", "uitleg", "berekend"));
        for (ScoreRow row : rows()) {
            csv.row(List.of(row.dataset(), row.title(), row.system(), Integer.toString(row.score()), row.grade(),
                    text(row.dataQuality()), Integer.toString(row.metadata()), text(row.timeliness()), row.explanation(),
                    row.computedAt().toString()));
        }
        return csv("betrouwbaarheid-scores", csv);
    }

    private List<ScoreRow> rows() {
        List<ScoreRow> rows = new ArrayList<>();
        for (DatasetScore s : quality.latestScores().values()) {
            Score score = s.score();
            rows.add(new ScoreRow(s.dataset().slug(), s.title(), s.systemSlug(), score.value(), score.grade().name(),
                    score.dataQuality().isPresent() ? score.dataQuality().getAsInt() : null, score.metadata(),
                    score.timeliness().isPresent() ? score.timeliness().getAsInt() : null, score.explanationNl(),
                    score.computedAt()));
        }
        return rows;
    }

    @GetMapping(path = "/measurements.json", produces = "application/json")
    @Operation(summary = "Metingen van afgeronde profileringsruns, oudste eerst",
            description = "dataset: alleen deze dataset (weglaten: alle). since: alleen metingen vanaf dit moment, een "
                    + "datum (2026-01-01, Nederlandse tijd) of datum en tijd met zone (2026-01-01T06:00:00Z).")
    List<MeasurementRow> measurements(
            @RequestParam(required = false) @Parameter(description = "De dataset (slug)") @Nullable String dataset,
            @RequestParam(required = false) @Parameter(description = "Vanaf (datum of datum-tijd)") @Nullable String since) {
        return measurementRows(dataset, since);
    }

    @GetMapping("/measurements.csv")
    @Operation(summary = "Dezelfde metingen als CSV (UTF-8 met BOM, ';', decimale komma)")
    ResponseEntity<byte[]> measurementsCsv(@RequestParam(required = false) @Nullable String dataset,
            @RequestParam(required = false) @Nullable String since) {
        DutchCsv csv = new DutchCsv().row(List.of("run", "dataset", "veld", "maat", "waarde", "gecontroleerd",
                "afgekeurd", "tijd"));
        for (MeasurementRow row : measurementRows(dataset, since)) {
            csv.row(List.of(row.run(), row.dataset(), row.field(), row.metric(),
                    String.format(DUTCH, "%.2f", row.value()), text(row.checked()), text(row.failed()),
                    row.time().toString()));
        }
        return csv("betrouwbaarheid-metingen", csv);
    }

    private List<MeasurementRow> measurementRows(@Nullable String dataset, @Nullable String since) {
        DatasetId id = null;
        if (dataset != null && !dataset.isBlank()) {
            if (!DatasetId.isValid(dataset)) {
                throw new RecordNotFoundException("Dataset", dataset);
            }
            id = new DatasetId(dataset);
        }
        return quality.measurements(id, since(since)).stream()
                .map(m -> new MeasurementRow(m.run(), m.dataset().slug(), m.field(), m.metric(), m.value(),
                        m.checked().isPresent() ? m.checked().getAsLong() : null,
                        m.failed().isPresent() ? m.failed().getAsLong() : null, m.time()))
                .toList();
    }

    /** A date (the start of that day in the municipality's time) or a date-time with offset. */
    static @Nullable Instant since(@Nullable String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        String text = since.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(AMSTERDAM).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Parameter 'since' moet een datum (2026-01-01) of een datum en tijd met "
                    + "zone (2026-01-01T06:00:00Z) zijn; gekregen: '" + text + "'.");
        }
    }

    private static String text(@Nullable Number value) {
        return value == null ? "" : value.toString();
    }

    private static ResponseEntity<byte[]> csv(String name, DutchCsv csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-" + LocalDate.now(AMSTERDAM) + ".csv").build().toString())
                .body(csv.bytes());
    }
}
