import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Opens N anonymous Vaadin sessions the way a browser's first visit does, each with its own cookie jar:
 * 1. GET the route: Vaadin's bootstrap page (creates the HTTP session, no UI yet);
 * 2. GET ?v-r=init&location=...: JavaScriptBootstrapHandler creates the UI and answers its id and security key;
 * 3. POST ?v-r=uidl with the "ui-navigate" event the client router sends: the server builds the route's view.
 * Only after step 3 does the session hold the view's component tree, as a visitor's session does.
 * Usage: java AnonymousSessions.java BASE_URL ROUTE COUNT [THREADS]. Prints "sessions=N failures=F".
 */
public class AnonymousSessions {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String route = args[1];
        int count = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        var failures = new AtomicInteger();
        var opened = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < count; i++) {
                pool.execute(() -> {
                    try {
                        open(base, route);
                        opened.incrementAndGet();
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 5) {
                            System.err.println("session failed: " + e.getMessage());
                        }
                    }
                });
            }
        }
        System.out.println("sessions=" + opened.get() + " failures=" + failures.get());
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    private static void open(String base, String route) throws Exception {
        // a fresh cookie jar per visitor: every visitor gets its own HTTP session
        try (var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build()) {
            var page = client.send(get(base + "/" + route), HttpResponse.BodyHandlers.ofString());
            expect(page, "bootstrap page");
            String browser = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920&v-curdate="
                    + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false"
                    + "&v-tzid=Europe%2FAmsterdam&v-td=false&v-pr=1&v-np=Linux";
            var init = client.send(get(base + "/?v-r=init&location=" + route + "&query=" + browser),
                    HttpResponse.BodyHandlers.ofString());
            expect(init, "init");
            var ui = UI_ID.matcher(init.body());
            var key = KEY.matcher(init.body());
            if (!ui.find() || !key.find()) {
                throw new IllegalStateException("init answer without UI id or security key");
            }
            String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                    + "\"syncId\":0,\"clientId\":0}";
            var uidl = client.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(uidl, "navigation");
            if (uidl.body().contains("\"meta\":{\"async\"") || uidl.body().contains("sessionExpired")) {
                throw new IllegalStateException("navigation refused: " + uidl.body().substring(0, 200));
            }
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/json").GET().build();
    }

    private static void expect(HttpResponse<String> response, String step) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(step + " answered " + response.statusCode());
        }
    }
}
