package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

class SingleSignOnErrorTest {

    @Test
    void namesEveryFailureTheLoginPageExplains() {
        assertThat(SingleSignOnError.of(oauth(SingleSignOnError.NO_ROLE_ERROR_CODE))).isEqualTo(SingleSignOnError.NO_ROLE);
        assertThat(SingleSignOnError.of(oauth("invalid_client"))).isEqualTo(SingleSignOnError.CLIENT_REJECTED);
        assertThat(SingleSignOnError.of(oauth("invalid_token_response"))).isEqualTo(SingleSignOnError.CLIENT_REJECTED);
        assertThat(SingleSignOnError.of(oauth("access_denied"))).isEqualTo(SingleSignOnError.CANCELLED);
        assertThat(SingleSignOnError.of(oauth("invalid_nonce"))).isEqualTo(SingleSignOnError.FAILED);
        assertThat(SingleSignOnError.of(new RuntimeException(new LazyClientRegistrations.ProviderUnreachableException(
                "Huizen", new IllegalArgumentException("no discovery document"))))).isEqualTo(SingleSignOnError.UNREACHABLE);
        assertThat(SingleSignOnError.of(new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response"),
                new ConnectException("Connection refused")))).isEqualTo(SingleSignOnError.UNREACHABLE);
    }

    @Test
    void onlyKnownCodesComeBackFromTheAddressBar() {
        for (SingleSignOnError error : SingleSignOnError.values()) {
            assertThat(SingleSignOnError.fromCode(error.code())).contains(error);
        }
        assertThat(SingleSignOnError.fromCode("<script>")).isEmpty();
    }

    private static OAuth2AuthenticationException oauth(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
