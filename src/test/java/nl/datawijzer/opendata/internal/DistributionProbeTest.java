package nl.datawijzer.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import nl.datawijzer.opendata.PublicationCandidate.Reachability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DistributionProbeTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T12:00:00Z"));
    private DistributionProbe probe;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok.csv", exchange -> answer(exchange, 200));
        server.createContext("/gone.csv", exchange -> answer(exchange, 404));
        server.createContext("/no-head.csv", exchange -> answer(exchange,
                exchange.getRequestMethod().equals("HEAD") ? 405 : 206));
        server.createContext("/moved.csv", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Location", "/ok.csv");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/slow.csv", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        Clock clock = new Clock() {
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
                return now.get();
            }
        };
        probe = new DistributionProbe(Duration.ofMillis(500), clock);
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void countsASuccessfulHeadAsReachable() {
        Reachability answer = probe.probe(url("/ok.csv"));
        assertThat(answer.reachable()).isTrue();
        assertThat(requests).containsExactly("HEAD /ok.csv");
    }

    @Test
    void reportsTheErrorCodeOfAnAddressThatFails() {
        Reachability answer = probe.probe(url("/gone.csv"));
        assertThat(answer.reachable()).isFalse();
        assertThat(answer.reasonNl()).contains("404");
        assertThat(answer.reasonEn()).contains("404");
    }

    @Test
    void asksForTheFirstByteWhenTheServerRefusesHead() {
        assertThat(probe.probe(url("/no-head.csv")).reachable()).isTrue();
        assertThat(requests).containsExactly("HEAD /no-head.csv", "GET /no-head.csv");
    }

    @Test
    void followsRedirects() {
        assertThat(probe.probe(url("/moved.csv")).reachable()).isTrue();
        assertThat(requests).containsExactly("HEAD /moved.csv", "HEAD /ok.csv");
    }

    @Test
    void givesUpAfterTheTimeout() {
        long start = System.nanoTime();
        Reachability answer = probe.probe(url("/slow.csv"));
        assertThat(answer.reachable()).isFalse();
        assertThat(answer.reasonNl()).startsWith("geen antwoord binnen");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void refusesAddressesThatAreNotHttp() {
        assertThat(probe.probe("ftp://data.huizen.nl/x.csv").reasonNl()).isEqualTo("geen http- of https-adres");
        assertThat(probe.probe("mailto:opendata@huizen.nl").reachable()).isFalse();
        assertThat(probe.probe("http://[bad").reasonNl()).isEqualTo("geen geldig webadres");
        assertThat(requests).isEmpty();
    }

    @Test
    void remembersASuccessLongerThanAFailure() {
        probe.probe(url("/ok.csv"));
        probe.probe(url("/gone.csv"));
        now.set(now.get().plus(DistributionProbe.REMEMBER_FAILURE).plusSeconds(1));
        probe.probe(url("/ok.csv"));
        probe.probe(url("/gone.csv"));
        assertThat(requests).containsExactly("HEAD /ok.csv", "HEAD /gone.csv", "HEAD /gone.csv");
        now.set(now.get().plus(DistributionProbe.REMEMBER_SUCCESS));
        probe.probe(url("/ok.csv"));
        assertThat(requests).hasSize(4).last().isEqualTo("HEAD /ok.csv");
    }
}
