package nl.datawijzer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash safety, end to end: a separate JVM runs the real application on a data folder and writes through the services
 * until it is killed with SIGKILL at a random moment; the next start on the same folder must open the store, hold every
 * acknowledged write whole, conform to the shapes everywhere, and have indexes that match the store. The restarted
 * process writes again and is killed again, so a start after a crash is itself crash-tested.
 */
class CrashSafetyIT {

    private static final Logger log = LoggerFactory.getLogger(CrashSafetyIT.class);
    private static final int KILLS = 3;
    private static final int CHECKS = 5;
    private static final String SIGKILL_EXIT = "137";

    @TempDir Path work;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndTheIndexesFollowTheStore() throws Exception {
        Path data = work.resolve("data");
        Path acknowledged = Files.createFile(work.resolve("acknowledged.txt"));
        Random random = new Random();
        List<String> figures = new ArrayList<>();
        int total = 0;
        for (int run = 1; run <= KILLS + 1; run++) {
            boolean last = run == KILLS + 1;
            Child child = Child.start(data, run, last ? "verify" : "write", acknowledged, work.resolve("child-" + run + ".log"));
            try {
                String ready = child.next("READY ");
                List<String> checks = new ArrayList<>();
                for (int i = 0; i < CHECKS; i++) {
                    checks.add(child.next("CHECK "));
                }
                assertThat(checks).as("run %d after %d acknowledged writes (log %s)", run, total, child.log)
                        .allSatisfy(check -> assertThat(check).endsWith(" OK"));
                String unacknowledged = child.next("INFO ").substring("INFO ".length());
                child.next("VERIFIED");
                if (last) {
                    assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                    assertThat(child.process.exitValue()).isZero();
                    figures.add("final start " + ready.substring(6) + " ms, " + unacknowledged);
                    break;
                }
                // Several hundred writes, then a kill right after an acknowledgement: the other writer is mid-write.
                int target = 200 + random.nextInt(200);
                List<String> acks = new ArrayList<>();
                while (acks.size() < target) {
                    acks.add(child.next("ACK "));
                }
                child.process.destroyForcibly();
                assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(String.valueOf(child.process.exitValue())).as("killed with SIGKILL").isEqualTo(SIGKILL_EXIT);
                // Whatever the child printed before it died was acknowledged too.
                acks.addAll(child.remaining("ACK "));
                Files.write(acknowledged, acks, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                total += acks.size();
                figures.add("run " + run + ": start " + ready.substring(6) + " ms, " + unacknowledged + ", then " + acks.size()
                        + " acknowledged before the kill");
            } finally {
                child.process.destroyForcibly();
            }
        }
        log.info("Crash safety: {} kills, {} acknowledged writes; {}", KILLS, total, figures);
        assertThat(total).isGreaterThanOrEqualTo(KILLS * 200);
    }

    /** One child JVM with its stdout read line by line. */
    private record Child(Process process, BlockingQueue<String> lines, Path log) {

        private static final String END = "\u0000end";

        static Child start(Path data, int run, String mode, Path acknowledged, Path log) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                    "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    CrashWriterMain.class.getName(), data.toString(), Integer.toString(run), mode, acknowledged.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            Process process = builder.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofPlatform().daemon().name("child-" + run).start(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                        var copy = Files.newBufferedWriter(log.resolveSibling(log.getFileName() + ".out"))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                        copy.write(line);
                        copy.newLine();
                    }
                } catch (IOException e) {
                    lines.add("READ-FAILED " + e);
                } finally {
                    lines.add(END);
                }
            });
            return new Child(process, lines, log);
        }

        /** The next line that starts with {@code prefix}; other output (logging) is passed over. */
        String next(String prefix) throws InterruptedException {
            while (true) {
                String line = lines.poll(90, TimeUnit.SECONDS);
                assertThat(line).as("child output starting with '%s' (log %s)", prefix, log).isNotNull().isNotEqualTo(END);
                if (line.startsWith(prefix)) {
                    return line;
                }
                if (line.startsWith("CHECK ") || line.startsWith("GAVE-UP")) {
                    assertThat(line).as("unexpected while waiting for '%s'", prefix).startsWith(prefix);
                }
            }
        }

        /** Every remaining line starting with {@code prefix}, up to the end of the dead child's output. */
        List<String> remaining(String prefix) throws InterruptedException {
            List<String> found = new ArrayList<>();
            for (String line = lines.poll(30, TimeUnit.SECONDS); line != null && !line.equals(END);
                    line = lines.poll(30, TimeUnit.SECONDS)) {
                if (line.startsWith(prefix)) {
                    found.add(line);
                }
            }
            return found;
        }
    }
}
