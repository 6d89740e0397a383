package nl.datawijzer.quality;

import java.util.List;
import nl.datawijzer.catalog.SystemId;

/**
 * A system's reliability: the aggregate of its scored datasets.
 *
 * @param score the mean of its datasets' scores, explained by its weakest datasets
 * @param datasets its scored datasets, weakest first
 */
public record SystemQuality(SystemId system, String title, Score score, List<DatasetScore> datasets) {
    public SystemQuality {
        datasets = List.copyOf(datasets);
    }
}
