package nl.datawijzer.quality;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily re-profiling: every dataset, with a source profiled and without one a metadata-only run, so every score
 * stays current. Off when {@code datawijzer.quality.schedule-enabled} is false (tests).
 */
@Component
@ConditionalOnProperty(name = "datawijzer.quality.schedule-enabled", havingValue = "true", matchIfMissing = true)
class QualitySchedule {

    static final String CRON = "${datawijzer.quality.schedule:0 30 5 * * *}";
    static final String ZONE = "Europe/Amsterdam";
    private static final Logger log = LoggerFactory.getLogger(QualitySchedule.class);

    private final ProfileRunner runner;

    QualitySchedule(ProfileRunner runner) {
        this.runner = runner;
    }

    @Scheduled(cron = CRON, zone = ZONE)
    void profileEveryDataset() {
        int started = runner.startAll(RunTrigger.SCHEDULE, false);
        log.info("Scheduled profiling: {} runs started", started);
    }
}
