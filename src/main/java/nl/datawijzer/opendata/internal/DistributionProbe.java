package nl.datawijzer.opendata.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.opendata.PublicationCandidate.Reachability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Asks an external distribution address whether it answers: a HEAD request (a GET of the first byte when the server
 * does not do HEAD), redirects followed, within the configured timeout. Answers are kept for a while so that the
 * re-checks after every catalogue change do not hit the same servers again and again; a failure is kept shorter than a
 * success, so a repaired address counts soon.
 */
@Component
public class DistributionProbe {

    static final Duration REMEMBER_SUCCESS = Duration.ofMinutes(30);
    static final Duration REMEMBER_FAILURE = Duration.ofMinutes(2);

    private record Answer(Reachability reachability, Instant until) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    @Autowired
    DistributionProbe(OpenDataProperties properties) {
        this(properties.reachabilityTimeout(), Clock.systemUTC());
    }

    DistributionProbe(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Reachability probe(String url) {
        Instant now = clock.instant();
        Answer known = answers.get(url);
        if (known != null && known.until().isAfter(now)) {
            return known.reachability();
        }
        Reachability reachability = ask(url);
        answers.put(url, new Answer(reachability,
                now.plus(reachability.reachable() ? REMEMBER_SUCCESS : REMEMBER_FAILURE)));
        return reachability;
    }

    private Reachability ask(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Reachability(false, "geen geldig webadres", "not a valid web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return new Reachability(false, "geen http- of https-adres", "not an http or https address");
        }
        try {
            int status = send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            if (status == 405 || status == 501) {
                status = send(HttpRequest.newBuilder(uri).timeout(timeout).header("Range", "bytes=0-0").GET().build());
            }
            if (status >= 200 && status < 300) {
                return new Reachability(true, "antwoordt met " + status, "answers " + status);
            }
            return new Reachability(false, "antwoordt met foutcode " + status, "answers with error " + status);
        } catch (HttpTimeoutException e) {
            return new Reachability(false, "geen antwoord binnen " + timeout.toSeconds() + " s",
                    "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return new Reachability(false, "server niet bereikbaar", "server not reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reachability(false, "controle onderbroken", "check interrupted");
        }
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
