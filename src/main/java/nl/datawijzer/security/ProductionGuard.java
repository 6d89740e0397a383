package nl.datawijzer.security;

import java.util.Arrays;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a production start before anything else happens when demo accounts are active or an account has
 * no bcrypt hash. Registered in {@code META-INF/spring.factories} so it runs before the web server starts
 * and the operator sees the reason as the first error.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (Arrays.asList(environment.getActiveProfiles()).contains(AccountConfiguration.PRODUCTION_PROFILE)) {
            SecurityProperties properties = Binder.get(environment)
                    .bindOrCreate("datawijzer.security", SecurityProperties.class);
            AccountConfiguration.checkProduction(properties);
        }
    }
}
