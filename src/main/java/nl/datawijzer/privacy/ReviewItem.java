package nl.datawijzer.privacy;

import java.util.List;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import org.jspecify.annotations.Nullable;

/** A field as the review queue shows it: where it lives and how it is classified now. */
public record ReviewItem(
        FieldId field,
        String title,
        String technicalName,
        String datasetTitle,
        String systemTitle,
        boolean personalData,
        List<Label> categories,
        Label confidentiality,
        @Nullable String legalGround,
        Label status) {

    public ReviewItem {
        categories = List.copyOf(categories);
    }

    public Classification classification() {
        return new Classification(personalData, categories.stream().map(Label::iri).toList(), confidentiality.iri(),
                legalGround);
    }
}
