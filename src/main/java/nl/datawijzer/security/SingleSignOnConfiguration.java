package nl.datawijzer.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * Single sign-on with OpenID Connect, only when a provider is configured: through
 * {@code datawijzer.security.oidc.*} (one provider, the usual case) or Spring Boot's standard
 * {@code spring.security.oauth2.client.*} (several). Both are discovered lazily (see
 * {@link LazyClientRegistrations}); ours replaces Boot's eager repository, which would stop the start when a
 * provider is down.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcProperties.class)
class SingleSignOnConfiguration {

    static final String BOOT_CLIENT_PREFIX = "spring.security.oauth2.client";

    @Bean
    @Conditional(Configured.class)
    LazyClientRegistrations clientRegistrations(OidcProperties oidc, Environment environment) {
        List<LazyClientRegistrations.Source> sources = new ArrayList<>();
        if (oidc.configured()) {
            sources.add(ours(oidc));
        }
        OAuth2ClientProperties boot = bootProperties(environment);
        // By id: Boot binds them into a HashMap, and the login page should not shuffle its buttons.
        for (var registration : new TreeMap<>(boot.getRegistration()).entrySet()) {
            String id = registration.getKey();
            if (id.equals(OidcProperties.REGISTRATION_ID) && oidc.configured()) {
                throw new IllegalStateException("Registratie-id '" + id + "' is bezet door datawijzer.security.oidc; kies een"
                        + " andere naam onder " + BOOT_CLIENT_PREFIX + ".registration");
            }
            String name = registration.getValue().getClientName() != null ? registration.getValue().getClientName() : id;
            sources.add(new LazyClientRegistrations.Source(id, name, () -> {
                OAuth2ClientProperties one = new OAuth2ClientProperties();
                one.getRegistration().put(id, registration.getValue());
                one.getProvider().putAll(boot.getProvider());
                return new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(id);
            }));
        }
        if (oidc.roleMapping().isEmpty()) {
            throw new IllegalStateException("datawijzer.security.oidc.role-mapping is leeg: zonder koppeling van"
                    + " claimwaarden aan rollen kan niemand via single sign-on inloggen (no role mapping configured)");
        }
        return new LazyClientRegistrations(sources);
    }

    @Bean
    SingleSignOn singleSignOn(ObjectProvider<LazyClientRegistrations> registrations) {
        LazyClientRegistrations configured = registrations.getIfAvailable();
        return new SingleSignOn(configured == null ? List.of() : configured.sources().stream()
                .map(s -> new SingleSignOn.Provider(s.displayName(),
                        SingleSignOnLogin.AUTHORIZATION_BASE + "/" + s.registrationId()))
                .toList());
    }

    @Bean
    @Conditional(Configured.class)
    SingleSignOnLogin singleSignOnLogin(LazyClientRegistrations registrations, OidcProperties oidc) {
        return new SingleSignOnLogin(registrations,
                new OidcAccounts(new OidcUserService(), oidc.claimRoles(), oidc.usernameClaims(), new AccessTokenClaims()));
    }

    private static LazyClientRegistrations.Source ours(OidcProperties oidc) {
        if (oidc.clientId() == null || oidc.clientId().isBlank()) {
            throw new IllegalStateException("datawijzer.security.oidc.issuer-uri is gezet maar client-id ontbreekt"
                    + " (single sign-on needs a client id)");
        }
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add("openid");
        scopes.addAll(oidc.scopes());
        String issuer = oidc.issuerUri();
        return new LazyClientRegistrations.Source(OidcProperties.REGISTRATION_ID, oidc.providerName(),
                () -> {
                    ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(issuer)
                            .registrationId(OidcProperties.REGISTRATION_ID)
                            .clientName(oidc.providerName())
                            .clientId(oidc.clientId())
                            .scope(scopes);
                    if (oidc.clientSecret() != null) {
                        builder.clientSecret(oidc.clientSecret());
                    }
                    return builder.build();
                });
    }

    private static OAuth2ClientProperties bootProperties(Environment environment) {
        OAuth2ClientProperties properties = Binder.get(environment)
                .bind(BOOT_CLIENT_PREFIX, Bindable.of(OAuth2ClientProperties.class))
                .orElseGet(OAuth2ClientProperties::new);
        properties.validate();
        return properties;
    }

    /** A provider is configured, in our properties or Boot's. */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            String issuer = environment.getProperty("datawijzer.security.oidc.issuer-uri");
            return (issuer != null && !issuer.isBlank()) || !bootProperties(environment).getRegistration().isEmpty();
        }
    }
}
