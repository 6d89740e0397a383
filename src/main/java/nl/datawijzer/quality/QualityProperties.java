package nl.datawijzer.quality;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reliability scores ({@code datawijzer.quality.*}).
 *
 * @param schedule the daily re-profiling (cron, zone Europe/Amsterdam); read by the scheduler itself
 * @param scheduleEnabled whether the schedule runs (tests switch it off)
 * @param startupRuns whether at start every dataset without any run gets one, in the background
 * @param alert thresholds for alerts to owners
 * @param connections database connections by name; their secrets come from configuration or the environment
 *     ({@code DATAWIJZER_QUALITY_CONNECTIONS_<NAME>_PASSWORD}) and are never stored or shown
 */
@ConfigurationProperties("datawijzer.quality")
public record QualityProperties(
        @DefaultValue("0 30 5 * * *") String schedule,
        @DefaultValue("true") boolean scheduleEnabled,
        @DefaultValue("true") boolean startupRuns,
        @DefaultValue Alert alert,
        @DefaultValue Map<String, Connection> connections) {

    /**
     * @param scoreBelow an alert when a score falls below this
     * @param completenessDrop an alert when a field's completeness falls by more than this many points
     */
    public record Alert(@DefaultValue("55") int scoreBelow, @DefaultValue("10") int completenessDrop) {
    }

    /** A JDBC connection. {@link #toString()} hides the password. */
    public record Connection(String url, @DefaultValue("") String username, @DefaultValue("") String password) {
        @Override
        public String toString() {
            return "Connection[url=" + url + ", username=" + username + "]";
        }
    }
}
