package nl.datawijzer.privacy;

import java.util.List;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import org.jspecify.annotations.Nullable;

/** A field as the review queue shows it: where it lives, how it is classified now and what detection suspects. */
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
        Label status,
        Detection detection) {

    public ReviewItem {
        categories = List.copyOf(categories);
    }

    /** What the detectors suspect in the field ({@link #NONE} when they found nothing confident). */
    public record Detection(List<Label> categories, double confidence, String explanation) {

        public static final Detection NONE = new Detection(List.of(), 0, "");

        public Detection {
            categories = List.copyOf(categories);
        }

        public boolean found() {
            return !categories.isEmpty();
        }
    }

    public Classification classification() {
        return new Classification(personalData, categories.stream().map(Label::iri).toList(), confidentiality.iri(),
                legalGround);
    }
}
