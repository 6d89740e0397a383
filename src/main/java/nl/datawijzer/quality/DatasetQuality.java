package nl.datawijzer.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.SystemId;

/**
 * Everything the quality page of one dataset shows.
 *
 * @param source where its data is profiled from, for people ("bestand gemeente-huizen.csv", "database warehouse,
 *     tabel dwh.client"); empty when it has none (then the score has no data-quality part)
 * @param score the latest score, empty before the first completed run
 * @param lastProfiled the end of the latest completed run
 * @param fields the fields as measured by the latest completed run, in declared order
 * @param lastRun the latest run of any state (shows a failure while the previous score stays)
 */
public record DatasetQuality(DatasetId dataset, String title, SystemId system, String systemTitle,
        Optional<String> source, Optional<Score> score, Optional<Instant> lastProfiled, List<FieldQuality> fields,
        Optional<ProfileRun> lastRun) {

    public DatasetQuality {
        fields = List.copyOf(fields);
    }
}
