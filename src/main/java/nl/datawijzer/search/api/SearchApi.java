package nl.datawijzer.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchResult;
import nl.datawijzer.search.SearchService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff search over the whole internal catalog as JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Zoeken", description = "Zoeken in de hele catalogus (aangemelde medewerkers)")
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(summary = "Zoeken in systemen, datasets, velden, begrippen en eigenaren",
            description = "Vrije tekst met Nederlandse taalanalyse, synoniemen uit de begrippenlijst en tolerantie "
                    + "voor typefouten. Filters: herhaal een parameter voor meer waarden (OF binnen een filter, EN "
                    + "tussen filters). Een onbekende parameter geeft 400.")
    @Parameter(name = "soort", in = ParameterIn.QUERY, description = "Soort: Systeem, Dataset, Veld, Begrip of Eigenaar",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "systeem", in = ParameterIn.QUERY, description = "Titel van het systeem",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "thema", in = ParameterIn.QUERY, description = "Thema (naam)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "eigenaar", in = ParameterIn.QUERY, description = "Naam van de eigenaar",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "vertrouwelijkheid", in = ParameterIn.QUERY, description = "Vertrouwelijkheidsniveau (naam)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "persoonsgegevens", in = ParameterIn.QUERY, description = "Categorie persoonsgegevens (naam)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    SearchResult search(
            @RequestParam(defaultValue = "") @Parameter(description = "Zoektekst, hoogstens 1000 tekens; leeg: alles") String q,
            @RequestParam(defaultValue = "0") @Parameter(description = "Eerste resultaat, 0..10000") int offset,
            @RequestParam(defaultValue = "20") @Parameter(description = "Aantal resultaten, 1..100") int limit,
            @RequestParam @Parameter(hidden = true) MultiValueMap<String, String> all) {
        return search.search(SearchParameters.request(q, offset, limit, all, Facet::fromParameter));
    }
}
