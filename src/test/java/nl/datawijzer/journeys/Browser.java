package nl.datawijzer.journeys;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts Debian's Chromium through Playwright (no browser download). On a developer machine without
 * Chromium the journeys are skipped with a message; in CI (CI=true) a missing Chromium fails them.
 */
final class Browser {

    private Browser() {
    }

    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        for (String candidate : List.of(configured == null ? "" : configured, "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (!candidate.isEmpty() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium not found: CI must install it (apt-get install chromium)");
        }
        assumeTrue(false, "Chromium is not installed; browser journeys skipped (install Debian's chromium to run them)");
        return null;
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Closes what a journey class opened; either may be null when Chromium was missing. */
    static void close(com.microsoft.playwright.Browser browser, Playwright playwright) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
