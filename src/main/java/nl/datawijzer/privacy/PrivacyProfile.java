package nl.datawijzer.privacy;

import java.util.List;
import nl.datawijzer.catalog.Label;
import org.jspecify.annotations.Nullable;

/**
 * The privacy picture of a system or dataset, from the classification of its fields: how many fields, how many
 * still await the FG, how many hold personal data, special categories (art. 9/10) or a BSN, the BSN fields whose
 * dataset names no GDPR legal basis, the highest confidentiality of any field, and which special categories
 * (the art. 9 kinds, criminal data) its fields hold, by label.
 *
 * <p>Personal data inherited along field lineage counts too: {@code inheritedFields} are fields not classified as
 * personal that still carry personal data of a source (no approved anonymisation or aggregation step between), and
 * the highest confidentiality includes that of such sources ({@code highestInherited} when only inheritance reaches
 * it).
 */
public record PrivacyProfile(
        String id,
        String title,
        int fields,
        int unreviewed,
        int personalFields,
        int specialFields,
        int bsnFields,
        int bsnWithoutLegalBasis,
        @Nullable Label highestConfidentiality,
        List<Label> specialCategories,
        int inheritedFields,
        boolean highestInherited) {

    public PrivacyProfile {
        specialCategories = List.copyOf(specialCategories);
    }

    /** A profile from the fields' own classification alone. */
    public PrivacyProfile(String id, String title, int fields, int unreviewed, int personalFields, int specialFields,
            int bsnFields, int bsnWithoutLegalBasis, @Nullable Label highestConfidentiality, List<Label> specialCategories) {
        this(id, title, fields, unreviewed, personalFields, specialFields, bsnFields, bsnWithoutLegalBasis,
                highestConfidentiality, specialCategories, 0, false);
    }

    public static PrivacyProfile empty(String id, String title) {
        return new PrivacyProfile(id, title, 0, 0, 0, 0, 0, 0, null, List.of());
    }
}
