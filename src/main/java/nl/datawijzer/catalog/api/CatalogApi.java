package nl.datawijzer.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.datawijzer.catalog.ConceptId;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.GlossaryService;
import nl.datawijzer.catalog.GlossaryTerm;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.SystemDetail;
import nl.datawijzer.catalog.SystemFilter;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.catalog.SystemSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Systems, datasets, fields and glossary as JSON. Paging: offset from 0, limit 1..500. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Catalogus", description = "Systemen, datasets, velden en begrippen (alleen lezen)")
class CatalogApi {

    private final SystemService systems;
    private final DatasetService datasets;
    private final GlossaryService glossary;

    CatalogApi(SystemService systems, DatasetService datasets, GlossaryService glossary) {
        this.systems = systems;
        this.datasets = datasets;
        this.glossary = glossary;
    }

    @GetMapping("/systems")
    @Operation(summary = "Systemen (applicaties), gefilterd en gepagineerd")
    Page<SystemSummary> systems(
            @RequestParam(defaultValue = "") @Parameter(description = "Zoektekst in titel en omschrijving") String q,
            @RequestParam(defaultValue = "") @Parameter(description = "IRI van de systeemsoort") String kind,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "") @Parameter(description = "title of datasets") String sort,
            @RequestParam(defaultValue = "asc") @Parameter(description = "asc of desc") String direction) {
        return systems.list(new SystemFilter(q, kind), page(offset, limit, sort, direction));
    }

    @GetMapping("/systems/{slug}")
    @Operation(summary = "Eén systeem")
    SystemDetail system(@PathVariable String slug) {
        return systems.get(new SystemId(slug));
    }

    @GetMapping("/datasets")
    @Operation(summary = "Datasets, gefilterd en gepagineerd")
    Page<DatasetSummary> datasets(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") @Parameter(description = "Identificatie van het systeem") String system,
            @RequestParam(defaultValue = "") @Parameter(description = "IRI van het thema") String theme,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "") @Parameter(description = "title, system, fields of modified") String sort,
            @RequestParam(defaultValue = "asc") String direction) {
        if (!system.isEmpty() && !SystemId.isValid(system)) {
            throw new IllegalArgumentException("Ongeldige systeem-identificatie: '" + system + "'");
        }
        DatasetFilter filter = new DatasetFilter(q, system.isEmpty() ? null : new SystemId(system), theme);
        return datasets.list(filter, page(offset, limit, sort, direction));
    }

    @GetMapping("/datasets/{slug}")
    @Operation(summary = "Eén dataset met herkomst en gebruik")
    DatasetDetail dataset(@PathVariable String slug) {
        return datasets.get(new DatasetId(slug));
    }

    @GetMapping("/datasets/{slug}/fields")
    @Operation(summary = "De velden van een dataset met hun classificatie")
    Page<FieldRow> fields(@PathVariable String slug,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        DatasetId id = new DatasetId(slug);
        datasets.get(id);
        return datasets.fields(id, new PageRequest(offset, limit, "", false));
    }

    @GetMapping("/glossary")
    @Operation(summary = "Begrippen, gezocht in term, synoniemen en definitie")
    Page<GlossaryTerm> glossary(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return glossary.list(q, new PageRequest(offset, limit, "", false));
    }

    @GetMapping("/glossary/{slug}")
    @Operation(summary = "Eén begrip")
    GlossaryTerm term(@PathVariable String slug) {
        return glossary.get(new ConceptId(slug));
    }

    /** Unknown sort keys are refused by the service itself, with the list of keys it offers. */
    private static PageRequest page(int offset, int limit, String sort, String direction) {
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new IllegalArgumentException("direction moet 'asc' of 'desc' zijn");
        }
        return new PageRequest(offset, limit, sort, direction.equals("desc"));
    }
}
