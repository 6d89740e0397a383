package nl.datawijzer.quality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The quality settings, and scheduling for the daily re-profiling (the first scheduled task of the portal). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QualityProperties.class)
@EnableScheduling
class QualityConfiguration {
}
