package nl.datawijzer.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.PublicSearchService;
import nl.datawijzer.search.SearchResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search for everyone over the published open data only; no sign-in. */
@RestController
@RequestMapping(path = "/api/public", produces = "application/json")
@Tag(name = "Open data zoeken", description = "Zoeken in de gepubliceerde open data van de gemeente (zonder aanmelden)")
class PublicSearchApi {

    private final PublicSearchService search;

    PublicSearchApi(PublicSearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    @SecurityRequirements
    @Operation(summary = "Zoeken in de gepubliceerde open data",
            description = "Doorzoekt alleen de open data die de gemeente heeft gepubliceerd. Filters: soort en thema "
                    + "(herhaal een parameter voor meer waarden). Iedere andere parameter geeft 400.")
    @Parameter(name = "soort", in = ParameterIn.QUERY, description = "Soort (bij open data altijd Dataset)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "thema", in = ParameterIn.QUERY, description = "Thema (naam)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    SearchResult search(
            @RequestParam(defaultValue = "") @Parameter(description = "Zoektekst, hoogstens 1000 tekens; leeg: alles") String q,
            @RequestParam(defaultValue = "0") @Parameter(description = "Eerste resultaat, 0..10000") int offset,
            @RequestParam(defaultValue = "20") @Parameter(description = "Aantal resultaten, 1..100") int limit,
            @RequestParam @Parameter(hidden = true) MultiValueMap<String, String> all) {
        return search.search(SearchParameters.request(q, offset, limit, all, PublicSearchApi::publicFacet));
    }

    /** Only the facets of the public search, by their parameter names. */
    private static Facet publicFacet(String name) {
        for (Facet facet : PublicSearchService.PUBLIC_FACETS) {
            if (facet.parameter().equals(name)) {
                return facet;
            }
        }
        throw new IllegalArgumentException("Parameter '" + name + "' is niet beschikbaar in de openbare zoekfunctie; "
                + "gebruik q, soort, thema, offset en limit");
    }
}
