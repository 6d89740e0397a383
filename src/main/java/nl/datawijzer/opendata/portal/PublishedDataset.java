package nl.datawijzer.opendata.portal;

import java.util.Map;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.export.ExportedDistribution;
import org.jspecify.annotations.Nullable;

/**
 * A published dataset as its public page shows it: the export's record plus what DCAT-AP-NL carries but the export
 * record leaves out (the contact point's phone, the issue date and each distribution's size in bytes).
 */
public record PublishedDataset(ExportedDataset dataset, @Nullable String contactPhone, @Nullable String issued,
        Map<String, Long> byteSizes) {

    public PublishedDataset {
        byteSizes = Map.copyOf(byteSizes);
    }

    /** The size of a distribution in bytes, when the view gives one. */
    public @Nullable Long byteSize(ExportedDistribution distribution) {
        return byteSizes.get(distribution.iri());
    }
}
