package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/** The daily schedule means 05:30 in Amsterdam, summer and winter. */
class QualityScheduleTest {

    @Test
    void theDefaultCronRunsAtHalfPastFiveAmsterdamTime() throws NoSuchMethodException {
        Scheduled scheduled = QualitySchedule.class.getDeclaredMethod("profileEveryDataset").getAnnotation(Scheduled.class);
        assertThat(scheduled.zone()).isEqualTo("Europe/Amsterdam");
        assertThat(scheduled.cron()).isEqualTo("${datawijzer.quality.schedule:0 30 5 * * *}");
        String fallback = scheduled.cron().substring(scheduled.cron().indexOf(':') + 1, scheduled.cron().length() - 1);
        CronExpression cron = CronExpression.parse(fallback);
        ZoneId amsterdam = ZoneId.of(scheduled.zone());

        ZonedDateTime winter = cron.next(ZonedDateTime.of(2026, 1, 15, 6, 0, 0, 0, amsterdam));
        assertThat(winter).isEqualTo(ZonedDateTime.of(2026, 1, 16, 5, 30, 0, 0, amsterdam));
        assertThat(winter.toInstant().toString()).isEqualTo("2026-01-16T04:30:00Z");
        ZonedDateTime summer = cron.next(ZonedDateTime.of(2026, 7, 1, 0, 0, 0, 0, amsterdam));
        assertThat(summer.toInstant().toString()).isEqualTo("2026-07-01T03:30:00Z");
        // The night the clocks go back still has one run.
        ZonedDateTime change = cron.next(ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, amsterdam));
        assertThat(change.getHour()).isEqualTo(5);
        assertThat(change.getMinute()).isEqualTo(30);
    }

    @Test
    void theApplicationConfigurationUsesTheSameDefault() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("/application.yaml")) {
            String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(yaml).contains("schedule: \"0 30 5 * * *\"").contains("schedule-enabled: true");
        }
    }
}
