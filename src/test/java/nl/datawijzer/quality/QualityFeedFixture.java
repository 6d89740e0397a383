package nl.datawijzer.quality;

import java.time.Instant;
import nl.datawijzer.catalog.DatasetId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** For tests outside this package: scores a dataset once through the fake engine and waits for the run. */
public class QualityFeedFixture {

    private final ProfileRunner runner;

    QualityFeedFixture(ProfileRunner runner) {
        this.runner = runner;
    }

    public void scoreOnce(DatasetId dataset) {
        runner.start(dataset, RunTrigger.SCHEDULE, ProfileRunner.PLANNING);
        Instant until = Instant.now().plusSeconds(30);
        while (runner.busy() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @TestConfiguration
    @Import(FakeProfilingEngine.Configuration.class)
    public static class Configuration {
        @Bean
        QualityFeedFixture qualityFeedFixture(ProfileRunner runner) {
            return new QualityFeedFixture(runner);
        }
    }
}
