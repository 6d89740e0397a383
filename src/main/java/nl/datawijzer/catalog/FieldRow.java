package nl.datawijzer.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One field of a dataset with its classification. {@code datatype} is the XSD IRI. */
public record FieldRow(
        FieldId id,
        int position,
        String title,
        String technicalName,
        String datatype,
        String description,
        boolean containsPersonalData,
        List<Label> categories,
        Label confidentiality,
        int confidentialityRank,
        Label classificationStatus,
        boolean confirmed,
        @Nullable String legalGround) {
}
