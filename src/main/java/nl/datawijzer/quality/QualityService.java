package nl.datawijzer.quality;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;

/**
 * Reliability for pages, pickers, feeds and runs. Every staff member reads; starting a manual run needs the dataset's
 * steward role or BEHEERDER (see the implementation). Reads answer from a cache refreshed after every run, so pickers
 * can ask per row.
 */
public interface QualityService {

    /** The latest score of a dataset, empty before its first completed run. */
    Optional<Score> latestScore(DatasetId dataset);

    /** The latest score of every scored dataset. */
    Map<DatasetId, DatasetScore> latestScores();

    DatasetQuality dataset(DatasetId dataset);

    /** Scores of completed runs, oldest first. */
    List<ScorePoint> scoreTrend(DatasetId dataset);

    /** Per field, completeness and validity of completed runs, oldest first. */
    List<FieldTrendPoint> fieldTrend(DatasetId dataset);

    /** Every system with at least one scored dataset, weakest first. */
    List<SystemQuality> systems();

    /** The lowest-scoring datasets, weakest first. */
    List<DatasetScore> weakest(int limit);

    /** The biggest falls between consecutive runs of the same dataset, biggest first. */
    List<ScoreDrop> biggestDrops(int limit);

    /** Alerts for the datasets the signed-in account's teams own (ADMIN and BEHEERDER: all), newest first. */
    List<QualityAlert> alerts();

    void markAlertRead(String alertId);

    /**
     * Starts a manual run in the background and returns at once.
     *
     * @throws RunRefusedException when a run of the dataset is already going, or it has no source to profile
     */
    RunProgress startRun(DatasetId dataset);

    /** The run going on for a dataset, or the one that just finished (kept a short while for the page to see). */
    Optional<RunProgress> progress(DatasetId dataset);

    /** The dataset's profile source and the rules of every one of its fields (stewards and admins). */
    ProfileSettings settings(DatasetId dataset);

    /** What the settings of a dataset can be chosen from (stewards and admins). */
    ProfileChoices choices(DatasetId dataset);

    /** Fields of any dataset a rule can reference, by dataset title, field title or technical name; one page. */
    List<ProfileChoices.FieldOption> referenceCandidates(String text, int offset, int limit);

    /**
     * Replaces the dataset's profile source and field rules in one validated write (stewards and admins).
     *
     * @throws nl.datawijzer.rdf.WriteRefusedException with a Dutch and English message when a choice is not allowed;
     *     nothing is written then
     */
    void saveSettings(DatasetId dataset, ProfileSettings settings);
}
