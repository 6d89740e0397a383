package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.quality.ReliabilityFormula.MetadataCheck;
import nl.datawijzer.quality.internal.QualityRepository.DatasetFacts;
import nl.datawijzer.quality.internal.QualityRepository.FieldFacts;
import nl.datawijzer.quality.internal.QualityRepository.Source;
import org.junit.jupiter.api.Test;

/** The ten metadata checks read from a dataset's facts, and which moment counts as its last load. */
class MetadataAndLoadTest {

    private static final String LONG = "Aantal inwoners per wijk van gemeente Huizen op 1 januari, naar leeftijdsgroep, "
            + "uit de BRP.";
    private static final Instant MODIFIED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant UPLOAD = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant JOB = Instant.parse("2026-02-15T02:00:00Z");

    private static FieldFacts field(boolean described, boolean reviewed) {
        return new FieldFacts("https://data.huizen.nl/id/dataset/d/field/f", "f", "F", "f", "string", described,
                reviewed, false, Optional.empty(), Set.of(), false, Optional.empty());
    }

    private static DatasetFacts facts(String description, boolean owner, boolean steward, String frequency,
            boolean contact, boolean keyword, boolean euTheme, int licensed, List<FieldFacts> fields,
            Optional<Source> source, Optional<Instant> job) {
        return new DatasetFacts("d", "D", description, "s", "S",
                owner ? Optional.of("https://data.huizen.nl/id/agent/a") : Optional.empty(), steward,
                Optional.ofNullable(frequency), Optional.of(MODIFIED), contact, keyword, euTheme, Math.max(1, licensed),
                licensed, source, fields, job);
    }

    private static final String DAILY = "http://publications.europa.eu/resource/authority/frequency/DAILY";
    private static final String UNKNOWN = "http://publications.europa.eu/resource/authority/frequency/UNKNOWN";

    @Test
    void aCompleteDescriptionPassesEveryCheck() {
        assertThat(ProfileRunner.failedChecks(facts(LONG, true, true, DAILY, true, true, true, 1,
                List.of(field(true, true)), Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void eachLackFailsItsOwnCheck() {
        assertThat(ProfileRunner.failedChecks(facts("Kort.", false, false, UNKNOWN, false, false, false, 0,
                List.of(field(false, false)), Optional.empty(), Optional.empty())))
                .containsExactlyInAnyOrder(MetadataCheck.values());
        assertThat(ProfileRunner.failedChecks(facts(LONG, true, true, null, true, true, true, 1, List.of(),
                Optional.empty(), Optional.empty()))).containsExactly(MetadataCheck.FREQUENCY);
        assertThat(ProfileRunner.failedChecks(facts(LONG, true, true, DAILY, true, true, true, 1,
                List.of(field(true, true), field(true, false)), Optional.empty(), Optional.empty())))
                .containsExactly(MetadataCheck.CLASSIFICATION_REVIEWED);
    }

    @Test
    void theLastLoadIsTheLaterOfJobRunAndUploadAndOnlyThenTheRecordsOwnChange() {
        Optional<Source> hosted = Optional.of(new Source.Hosted("https://data.huizen.nl/id/dataset/d/distribution/csv",
                "d.csv", Optional.of(UPLOAD)));
        assertThat(ProfileRunner.lastLoad(facts(LONG, true, true, DAILY, true, true, true, 1, List.of(), hosted,
                Optional.of(JOB)))).hasValue(JOB);
        assertThat(ProfileRunner.lastLoad(facts(LONG, true, true, DAILY, true, true, true, 1, List.of(), hosted,
                Optional.empty()))).hasValue(UPLOAD);
        assertThat(ProfileRunner.lastLoad(facts(LONG, true, true, DAILY, true, true, true, 1, List.of(),
                Optional.empty(), Optional.empty()))).hasValue(MODIFIED);
    }
}
