package nl.datawijzer.privacy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The privacy classification of one field: personal data or not, which categories, how confidential, and the
 * specific law that allows it (required for a BSN).
 */
public record Classification(boolean personalData, List<String> categoryIris, String confidentialityIri,
        @Nullable String legalGround) {

    public Classification {
        categoryIris = List.copyOf(categoryIris.stream().distinct().sorted().toList());
        legalGround = legalGround == null || legalGround.isBlank() ? null : legalGround.strip();
        if (!personalData && !categoryIris.isEmpty()) {
            throw new IllegalArgumentException(
                    "Een veld zonder persoonsgegevens heeft geen categorie persoonsgegevens / no categories without personal data");
        }
        if (personalData && categoryIris.isEmpty()) {
            throw new IllegalArgumentException(
                    "Kies minstens één categorie persoonsgegevens / choose at least one personal data category");
        }
    }
}
