package nl.datawijzer.quality;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the application is ready (after the seed and its hosted files are loaded), every dataset that was never
 * profiled gets one run in the background, so the portal opens with scores without making the start slower.
 */
@Component
class QualityStartup {

    private static final Logger log = LoggerFactory.getLogger(QualityStartup.class);

    private final ProfileRunner runner;
    private final QualityProperties properties;

    QualityStartup(ProfileRunner runner, QualityProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void profileUnscored() {
        if (!properties.startupRuns()) {
            return;
        }
        long start = System.nanoTime();
        int started = runner.startAll(RunTrigger.SCHEDULE, true);
        log.info("Start-up profiling: {} runs queued in {} ms", started, (System.nanoTime() - start) / 1_000_000);
    }
}
