package nl.datawijzer.privacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.datawijzer.privacy.TransparencyOverview;
import nl.datawijzer.privacy.TransparencyService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Waar ben ik bekend?" as JSON for everyone; no sign-in. Labels follow Accept-Language (nl or en). */
@RestController
@RequestMapping(path = "/api/public", produces = "application/json")
@Tag(name = "Waar ben ik bekend?", description = "Welke systemen van de gemeente welke soorten gegevens over inwoners "
        + "bevatten, waarom en hoe lang (zonder aanmelden)")
class TransparencyApi {

    private final TransparencyService transparency;

    TransparencyApi(TransparencyService transparency) {
        this.transparency = transparency;
    }

    @GetMapping("/transparency")
    @SecurityRequirements
    @Operation(summary = "Systemen met persoonsgegevens van inwoners",
            description = "Per systeem: naam, omschrijving, soorten persoonsgegevens (bijzondere gemarkeerd), en uit het "
                    + "verwerkingsregister de doelen, grondslagen, betrokkenen, bewaartermijn en ontvangers; plus waar "
                    + "u een inzageverzoek doet. Nooit gegevens van personen en nooit velden. Taal: Accept-Language. "
                    + "Zonder parameters; een parameter geeft 400.")
    TransparencyOverview transparency(@RequestParam @Parameter(hidden = true) MultiValueMap<String, String> all) {
        // As the public search does: a parameter that does nothing is refused, so a caller never thinks it filtered.
        if (!all.isEmpty()) {
            throw new IllegalArgumentException("Deze aanvraag kent geen parameters (ontvangen: "
                    + String.join(", ", all.keySet()) + "); filter de systemen zelf op 'categories'. De taal volgt "
                    + "de kop Accept-Language (nl of en).");
        }
        return transparency.overview();
    }
}
