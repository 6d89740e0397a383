package nl.datawijzer.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * API clients send HTTP Basic credentials with every request; checking a bcrypt hash each time costs tens of
 * milliseconds and would cap the API at a few dozen requests per second. A successful check is remembered
 * for a short time under a salted SHA-256 of the credentials (the salt is random per JVM, nothing is kept on
 * disk). Wrong passwords are never remembered and always pay the full bcrypt price.
 */
final class RememberedAuthentications implements AuthenticationProvider {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedAuthentications(AuthenticationProvider delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String key = key(authentication.getName(), password);
        Instant now = clock.instant();
        Remembered known = remembered.get(key);
        if (known != null && known.until().isAfter(now)) {
            return known.authentication();
        }
        Authentication checked = delegate.authenticate(authentication);
        if (checked != null && checked.isAuthenticated()) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
            remembered.put(key, new Remembered(checked, now.plus(REMEMBER_FOR)));
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String key(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(Authentication authentication, Instant until) {
    }
}
