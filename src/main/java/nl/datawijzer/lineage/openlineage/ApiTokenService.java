package nl.datawijzer.lineage.openlineage;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.lineage.openlineage.internal.TokenRepository;
import nl.datawijzer.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * API tokens for the OpenLineage intake: an admin issues (the token is shown once) and revokes them. A token is 32
 * random bytes; only its SHA-256 is stored, which is enough for random secrets of that length (no slow hash needed).
 */
@Service
public class ApiTokenService {

    /** Marks our tokens so that a leaked one is easy to recognise in logs and secret scanners. */
    static final String PREFIX = "dwol_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenRepository tokens;

    ApiTokenService(TokenRepository tokens) {
        this.tokens = tokens;
    }

    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public List<ApiToken> list() {
        return tokens.list();
    }

    /**
     * @throws IllegalArgumentException when the name is empty or longer than 100 characters
     */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public IssuedToken issue(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new IllegalArgumentException("Geef de sleutel een naam van 1 tot 100 tekens, bijvoorbeeld de ETL-tool.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(clean, TokenRepository.hash(secret), currentUser());
        return new IssuedToken(token, secret);
    }

    /** @return false when there is no such token or it was revoked already */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public boolean revoke(String id) {
        return tokens.revoke(id, currentUser());
    }

    /** The name of the live token with this secret; empty for an unknown or revoked one. For the intake's filter. */
    public Optional<String> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.liveTokenName(TokenRepository.hash(secret));
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "onbekend" : authentication.getName();
    }
}
