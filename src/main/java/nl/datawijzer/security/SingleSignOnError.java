package nl.datawijzer.security;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Why a sign-in through the OpenID Connect provider failed, as the login page explains it (in
 * {@code ?sso-fout=<code>}); never the provider's own text, which may be English or reveal configuration.
 */
public enum SingleSignOnError {
    /** Signed in at the provider, but no claim value maps to a Datawijzer role. */
    NO_ROLE("geen-rol"),
    /** The provider could not be reached (discovery, token or key endpoint). */
    UNREACHABLE("onbereikbaar"),
    /** The provider refused Datawijzer itself: wrong client id or secret, or client not allowed. */
    CLIENT_REJECTED("geweigerd"),
    /** The user cancelled or was refused at the provider. */
    CANCELLED("geannuleerd"),
    /** Anything else (an invalid token, an expired sign-in attempt). */
    FAILED("mislukt");

    /** The login page's query parameter. */
    public static final String PARAMETER = "sso-fout";

    static final String NO_ROLE_ERROR_CODE = "datawijzer_no_role";

    private static final Set<String> CLIENT_ERRORS = Set.of("invalid_client", "unauthorized_client",
            "invalid_token_response", "invalid_request");

    private final String code;

    SingleSignOnError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The message key in {@code i18n/sso}. */
    public String messageKey() {
        return "sso.error." + code;
    }

    public static Optional<SingleSignOnError> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    static SingleSignOnError of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LazyClientRegistrations.ProviderUnreachableException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || t instanceof HttpTimeoutException) {
                return UNREACHABLE;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OAuth2AuthenticationException oauth) {
                String error = oauth.getError().getErrorCode();
                if (NO_ROLE_ERROR_CODE.equals(error)) {
                    return NO_ROLE;
                }
                if ("access_denied".equals(error)) {
                    return CANCELLED;
                }
                if (CLIENT_ERRORS.contains(error)) {
                    return CLIENT_REJECTED;
                }
            }
        }
        return FAILED;
    }
}
