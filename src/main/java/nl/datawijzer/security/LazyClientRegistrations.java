package nl.datawijzer.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The configured OpenID Connect providers, each discovered from its issuer on first use rather than at start:
 * a provider that is down must not keep the portal (and its local accounts) from starting. A failed discovery
 * is tried again at the next sign-in; a successful one is kept.
 */
final class LazyClientRegistrations implements ClientRegistrationRepository {

    /** One provider: what the login page shows before anything is fetched, and how to discover it. */
    record Source(String registrationId, String displayName, Supplier<ClientRegistration> discover) {
    }

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    LazyClientRegistrations(List<Source> sources) {
        sources.forEach(s -> this.sources.put(s.registrationId(), s));
    }

    List<Source> sources() {
        return List.copyOf(sources.values());
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        Source source = sources.get(registrationId);
        if (source == null) {
            return null;
        }
        ClientRegistration known = discovered.get(registrationId);
        if (known != null) {
            return known;
        }
        ClientRegistration registration;
        try {
            registration = source.discover().get();
        } catch (RuntimeException e) {
            throw new ProviderUnreachableException(source.displayName(), e);
        }
        discovered.putIfAbsent(registrationId, registration);
        return registration;
    }

    /** The provider's discovery document could not be fetched or read. */
    static final class ProviderUnreachableException extends RuntimeException {
        ProviderUnreachableException(String provider, Throwable cause) {
            super("Aanmeldserver '" + provider + "' niet bereikbaar of onjuist geconfigureerd: " + cause.getMessage(), cause);
        }
    }
}
