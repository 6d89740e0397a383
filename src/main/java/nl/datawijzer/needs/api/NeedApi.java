package nl.datawijzer.needs.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDetail;
import nl.datawijzer.needs.NeedDomain;
import nl.datawijzer.needs.NeedFilter;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedType;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.needs.SteeringLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Information needs for staff, read-only: the board (submitted needs, filtered and paged), one need with its history,
 * and the board as CSV. The service checks the role; anonymous callers get 401 problem JSON. No {@code produces} on the
 * CSV mapping, so an error can still answer as problem JSON.
 */
@RestController
@RequestMapping(path = "/api")
@Tag(name = "Informatiebehoeften", description = "SMART informatiebehoeften en hun stappen (alleen lezen, voor medewerkers)")
class NeedApi {

    private final NeedService needs;

    NeedApi(NeedService needs) {
        this.needs = needs;
    }

    @GetMapping(path = "/needs", produces = "application/json")
    @Operation(summary = "Ingediende informatiebehoeften, op stap en daarna oudste wijziging eerst",
            description = "Filters (codes uit de waardelijsten): step (behoefte .. terugkoppeling, afgewezen, gesloten), "
                    + "type (standaarddashboard, ad-hoc), level (strategisch, tactisch, operationeel), assignee "
                    + "(accountnaam), domain (wmo, jeugd, participatie, schuldhulp, overig), open (true: zonder afgewezen "
                    + "en gesloten). Paging: offset vanaf 0, limit 1..500.")
    Page<NeedJson> list(@RequestParam(required = false) @Nullable String step,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        PageRequest page = new PageRequest(offset, limit, "", false);
        List<Need> all = needs.board(filter(step, type, level, assignee, domain, open));
        List<NeedJson> items = all.stream().skip(page.offset()).limit(page.limit()).map(n -> NeedJson.of(n, null))
                .toList();
        return new Page<>(items, all.size());
    }

    @GetMapping(path = "/needs/{id}", produces = "application/json")
    @Operation(summary = "Eén informatiebehoefte met haar geschiedenis (oudste eerst)")
    NeedJson get(@PathVariable String id) {
        NeedDetail detail = needs.get(new NeedId(id));
        return NeedJson.of(detail.need(), detail.history());
    }

    @GetMapping("/needs.csv")
    @Operation(summary = "De ingediende informatiebehoeften als CSV (UTF-8 met BOM, ';'), met dezelfde filters")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String step,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(defaultValue = "false") boolean open) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("informatiebehoeften-" + LocalDate.now() + ".csv").build().toString())
                .body(needs.exportCsv(filter(step, type, level, assignee, domain, open)));
    }

    private static NeedFilter filter(@Nullable String step, @Nullable String type, @Nullable String level,
            @Nullable String assignee, @Nullable String domain, boolean open) {
        return new NeedFilter(code(NeedStep.class, "step", step), code(NeedType.class, "type", type),
                code(SteeringLevel.class, "level", level), assignee == null || assignee.isBlank() ? null : assignee,
                code(NeedDomain.class, "domain", domain), open);
    }

    private static <E extends Enum<E> & NeedValue> @Nullable E code(Class<E> type, String parameter,
            @Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return NeedValue.ofCode(type, code).orElseThrow(() -> new IllegalArgumentException("Onbekende waarde '" + code
                + "' voor " + parameter + "; kies uit " + Arrays.stream(type.getEnumConstants()).map(NeedValue::code)
                .collect(Collectors.joining(", "))));
    }
}
