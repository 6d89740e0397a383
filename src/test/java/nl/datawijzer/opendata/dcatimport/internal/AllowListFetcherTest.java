package nl.datawijzer.opendata.dcatimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datawijzer.opendata.dcatimport.DcatDocument;
import nl.datawijzer.opendata.dcatimport.DcatImportRefusedException;
import nl.datawijzer.opendata.export.ExportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a local HTTP server. Plain http is allowed here only through the test constructor (a local
 * server has no certificate); the https-only rule of the production constructor is tested on its own.
 */
class AllowListFetcherTest {

    private static final String TURTLE = "<https://x.nl/d> a <http://www.w3.org/ns/dcat#Dataset> .";

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/open/catalog.ttl" -> send(exchange, 200, "text/turtle", TURTLE.getBytes(StandardCharsets.UTF_8), false);
            case "/open/no-extension" -> send(exchange, 200, "application/ld+json; charset=utf-8",
                    "{\"@id\": \"https://x.nl/d\"}".getBytes(StandardCharsets.UTF_8), false);
            case "/open/inside" -> redirect(exchange, "/open/catalog.ttl");
            case "/open/outside" -> redirect(exchange, "/secret/catalog.ttl");
            case "/open/loop" -> redirect(exchange, "/open/loop");
            case "/open/big" -> send(exchange, 200, "text/turtle", new byte[5000], false);
            case "/open/big-chunked" -> send(exchange, 200, "text/turtle", new byte[5000], true);
            case "/open/slow-body" -> {
                exchange.getResponseHeaders().add("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("<https://x.nl/d> ".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(3000);
                    out.write("a <http://www.w3.org/ns/dcat#Dataset> .".getBytes(StandardCharsets.UTF_8));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    // the client gave up: that is the point
                }
            }
            case "/open/slow" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/turtle", TURTLE.getBytes(StandardCharsets.UTF_8), false);
            }
            default -> send(exchange, 404, "text/plain", "nee".getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean chunked) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client stopped reading: that is what a size limit does
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private AllowListFetcher fetcher(long maxSize) {
        return new AllowListFetcher(List.of(base + "/open/"), Set.of("http", "https"), maxSize, Duration.ofSeconds(2),
                Duration.ofSeconds(1));
    }

    @Test
    void fetchesADocumentThatStartsWithAnAllowedAddress() {
        DcatDocument document = fetcher(10_000).fetch(base + "/open/catalog.ttl");
        assertThat(document.format()).isEqualTo(ExportFormat.TURTLE);
        assertThat(new String(document.content(), StandardCharsets.UTF_8)).isEqualTo(TURTLE);
        assertThat(document.origin()).isEqualTo(base + "/open/catalog.ttl");
        assertThat(fetcher(10_000).fetch(base + "/open/no-extension").format()).isEqualTo(ExportFormat.JSON_LD);
    }

    @Test
    void refusesAnAddressOutsideTheListWithoutSendingARequest() {
        for (String address : List.of(base + "/secret/catalog.ttl", base + "/open/../secret/catalog.ttl",
                base + "/opener/catalog.ttl", "http://user@127.0.0.1:" + server.getAddress().getPort() + "/open/catalog.ttl",
                "file:///etc/passwd", "niet een adres")) {
            assertThatThrownBy(() -> fetcher(10_000).fetch(address)).as(address)
                    .isInstanceOf(DcatImportRefusedException.class);
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void followsRedirectsOnlyWithinTheList() {
        assertThat(fetcher(10_000).fetch(base + "/open/inside").origin()).isEqualTo(base + "/open/catalog.ttl");
        assertThatThrownBy(() -> fetcher(10_000).fetch(base + "/open/outside"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("toegestane adressen");
        assertThat(hits).doesNotContainKey("/secret/catalog.ttl");
        assertThatThrownBy(() -> fetcher(10_000).fetch(base + "/open/loop"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("vaker dan");
    }

    @Test
    void refusesADocumentLargerThanTheLimitDeclaredOrNot() {
        assertThatThrownBy(() -> fetcher(1000).fetch(base + "/open/big"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("groter dan");
        assertThatThrownBy(() -> fetcher(1000).fetch(base + "/open/big-chunked"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("groter dan");
    }

    @Test
    void givesUpOnASlowServer() {
        assertThatThrownBy(() -> fetcher(10_000).fetch(base + "/open/slow"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("niet op tijd");
        assertThatThrownBy(() -> fetcher(10_000).fetch(base + "/open/slow-body"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("niet op tijd");
    }

    @Test
    void theProductionFetcherTakesHttpsOnlyAndCannotBeStretchedPastAnEntry() {
        AllowListFetcher production = new AllowListFetcher(List.of("https://opendata.cbs.nl"), 1000,
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThatThrownBy(() -> production.fetch("http://opendata.cbs.nl/catalog.ttl"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> production.fetch("https://opendata.cbs.nl.evil.example/catalog.ttl"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("toegestane adressen");
        assertThat(AllowListFetcher.startsWithEntry("https://opendata.cbs.nl/x", "https://opendata.cbs.nl")).isTrue();
        assertThat(AllowListFetcher.startsWithEntry("https://opendata.cbs.nl", "https://opendata.cbs.nl")).isTrue();
        AllowListFetcher off = new AllowListFetcher(List.of(), 1000, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThatThrownBy(() -> off.fetch("https://opendata.cbs.nl/catalog.ttl"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("staat uit");
    }
}
