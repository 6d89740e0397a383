package nl.datawijzer.quality.ui;

import nl.datawijzer.quality.QualityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * For every Spring test context on a branch without a real {@link QualityService}: component scanning finds this
 * class in the test classes, so the catalog and needs views (which show grade badges) start with a service that has no
 * scores yet. It is a {@link Fallback} bean: once the real service is a bean, that one is injected everywhere and this
 * one is ignored, with no test to change.
 */
@Configuration(proxyBeanMethods = false)
class NoScoresYetConfiguration {

    @Bean
    @Fallback
    QualityService noScoresYet() {
        return new FakeQualityService();
    }
}
