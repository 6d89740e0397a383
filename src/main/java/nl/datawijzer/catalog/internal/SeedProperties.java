package nl.datawijzer.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  load the seed into an empty store at start-up
 * @param location resource pattern of the seed's TriG files
 */
@ConfigurationProperties("datawijzer.seed")
public record SeedProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("classpath*:catalog-seed/**/*.trig") String location) {
}
