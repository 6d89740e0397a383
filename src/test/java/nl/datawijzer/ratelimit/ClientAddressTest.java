package nl.datawijzer.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    @Test
    void xForwardedForIsIgnoredUnlessTheConnectionComesFromATrustedProxy() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.50");
        request.addHeader("X-Forwarded-For", "10.9.9.9");
        assertThat(ClientAddress.of(request, Set.of("127.0.0.1"))).isEqualTo("192.0.2.50");
        assertThat(ClientAddress.of(request, Set.of())).isEqualTo("192.0.2.50");
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastHopThatIsNotAProxy() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        request.addHeader("X-Forwarded-For", "10.9.9.9, 203.0.113.5, 127.0.0.1");
        assertThat(ClientAddress.of(request, Set.of("127.0.0.1")))
                .as("what a client writes to the left of the proxies is ignored").isEqualTo("203.0.113.5");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItselfTheClient() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        assertThat(ClientAddress.of(request, Set.of("127.0.0.1"))).isEqualTo("127.0.0.1");
    }
}
