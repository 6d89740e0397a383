import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Container health check: exit 0 when the URL answers 2xx within the timeout, 1 otherwise. The Temurin JRE images
 * carry no curl or wget we can count on, and the JRE has no compiler to run a source file, so the Dockerfiles
 * compile this class in their build stage. Usage: {@code java -cp /opt/healthcheck HealthCheck URL [seconds]}.
 */
public final class HealthCheck {

    private HealthCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: HealthCheck URL [timeout seconds]");
            System.exit(2);
        }
        var timeout = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        try (var client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            var request = HttpRequest.newBuilder(URI.create(args[0])).timeout(timeout).GET().build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                System.exit(0);
            }
            System.err.println(args[0] + " answered " + response.statusCode() + ": " + response.body());
        } catch (Exception e) {
            System.err.println(args[0] + " unreachable: " + e);
        }
        System.exit(1);
    }
}
