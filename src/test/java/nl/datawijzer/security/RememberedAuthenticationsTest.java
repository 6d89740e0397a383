package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class RememberedAuthenticationsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-29T10:00:00Z");

    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (!"geheim".equals(a.getCredentials())) {
                throw new BadCredentialsException("fout");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER")));
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final RememberedAuthentications remembered = new RememberedAuthentications(bcrypt, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aSuccessfulCheckIsRememberedForFiveMinutes() {
        assertThat(remembered.authenticate(login("medewerker", "geheim")).isAuthenticated()).isTrue();
        assertThat(remembered.authenticate(login("medewerker", "geheim")).isAuthenticated()).isTrue();
        assertThat(checks).hasValue(1);

        now = now.plus(RememberedAuthentications.REMEMBER_FOR).plusSeconds(1);
        remembered.authenticate(login("medewerker", "geheim"));
        assertThat(checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreNeverRememberedAndAlwaysChecked() {
        remembered.authenticate(login("medewerker", "geheim"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> remembered.authenticate(login("medewerker", "geheim2")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(4);
    }

    @Test
    void anotherUserWithTheSamePasswordIsCheckedSeparately() {
        remembered.authenticate(login("medewerker", "geheim"));
        Authentication other = remembered.authenticate(login("analist", "geheim"));
        assertThat(other.getName()).isEqualTo("analist");
        assertThat(checks).hasValue(2);
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
