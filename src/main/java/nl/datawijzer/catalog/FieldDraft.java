package nl.datawijzer.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a steward fills in to create or edit a field. A steward's change to the classification makes it
 * "voorgesteld" again, so the privacy officer reviews it.
 */
public record FieldDraft(
        String slug,
        String title,
        String technicalName,
        String description,
        String datatype,
        boolean containsPersonalData,
        List<String> categoryIris,
        String confidentialityIri,
        @Nullable String legalGround) {

    public FieldDraft {
        categoryIris = List.copyOf(categoryIris);
    }
}
