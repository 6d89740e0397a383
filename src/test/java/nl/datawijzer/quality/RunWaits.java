package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import nl.datawijzer.catalog.DatasetId;

/** Waiting in tests for profiling runs, which go on the runner's own threads. */
final class RunWaits {

    private RunWaits() {
    }

    /** The recorded run once the dataset's run has finished, or an assertion error after {@code patience}. */
    static ProfileRun finished(QualityService quality, DatasetId dataset, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            var progress = quality.progress(dataset);
            if (progress.isPresent() && progress.get().finished()) {
                return progress.get().outcome().orElseThrow();
            }
            pause();
        }
        throw new AssertionError("run of " + dataset + " did not finish");
    }

    /** Waits until no run is going, so that one test's runs do not reach into the next. */
    static void idle(ProfileRunner runner) {
        waitWhile(runner::busy, Duration.ofSeconds(60));
        assertThat(runner.busy()).as("runs still going").isFalse();
    }

    private static void waitWhile(BooleanSupplier condition, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (condition.getAsBoolean() && Instant.now().isBefore(until)) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
