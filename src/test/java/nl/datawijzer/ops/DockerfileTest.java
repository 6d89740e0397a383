package nl.datawijzer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.rdf.StoreProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The container files without a Docker engine: what the image builds and runs must match the application (port,
 * health path, JVM flags, data folder), and compose must point at files and names that exist.
 */
class DockerfileTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");
    private static final Path FUSEKI_DOCKERFILE = ROOT.resolve("docker/fuseki/Dockerfile");
    private static final Path COMPOSE = ROOT.resolve("docker/compose.yaml");
    private static final String READINESS = "/actuator/health/readiness";

    @Test
    void buildsWithTheWrapperOnAJdkAndRunsOnAJre() throws IOException {
        var dockerfile = Dockerfiles.read(DOCKERFILE);

        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dockerfile.first().image()).startsWith("eclipse-temurin:25-jdk");
        assertThat(dockerfile.first().all("RUN"))
                .anySatisfy(run -> assertThat(run)
                        .contains("--mount=type=cache,target=/root/.m2")
                        .contains("./mvnw -B -DskipTests package"));
        assertThat(dockerfile.runStage().image()).startsWith("eclipse-temurin:25-jre");
        assertThat(dockerfile.runStage().all("RUN")).noneMatch(run -> run.contains("mvnw"));
    }

    @Test
    void runsAsAFixedNonRootUser() throws IOException {
        for (Path file : List.of(DOCKERFILE, FUSEKI_DOCKERFILE)) {
            var run = Dockerfiles.read(file).runStage();
            String user = run.last("USER");
            assertThat(user).as(file + " USER").isNotIn("root", "0").doesNotStartWith("0:");
            String uid = run.all("ARG").stream().filter(a -> a.startsWith("UID=")).findFirst()
                    .orElseThrow(() -> new AssertionError(file + " fixes no uid")).substring("UID=".length());
            assertThat(Integer.parseInt(uid)).as(file + " uid").isGreaterThanOrEqualTo(1000);
            assertThat(run.all("RUN")).as(file + " creates its user with that uid")
                    .anyMatch(r -> r.contains("useradd") && r.contains("--uid ${UID}") && r.contains(" " + user));
        }
    }

    @Test
    void exposesTheServerPortAndChecksReadinessThere() throws IOException {
        var run = Dockerfiles.read(DOCKERFILE).runStage();
        Map<String, Object> application = applicationYaml();
        int port = (Integer) at(application, "server", "port");

        assertThat(run.last("EXPOSE")).isEqualTo(String.valueOf(port));
        assertThat(run.last("ENV")).contains("SERVER_PORT=" + port);
        String healthcheck = run.last("HEALTHCHECK");
        assertThat(healthcheck).contains("HealthCheck").contains(":${SERVER_PORT:-" + port + "}" + READINESS);
        // the path exists only with probes on, the health endpoint exposed and a readiness group holding the store
        assertThat(at(application, "management", "endpoint", "health", "probes", "enabled")).isEqualTo(true);
        assertThat((String) at(application, "management", "endpoints", "web", "exposure", "include")).contains("health");
        assertThat((String) at(application, "management", "endpoint", "health", "group", "readiness", "include"))
                .contains("rdfStore");
    }

    @Test
    void startsTheJvmWithTheFlagsTheBuildUses() throws IOException {
        String entrypoint = Dockerfiles.read(DOCKERFILE).runStage().last("ENTRYPOINT");
        var pom = Files.readString(ROOT.resolve("pom.xml"));
        var m = Pattern.compile("<datawijzer.jvm.args>(.*)</datawijzer.jvm.args>").matcher(pom);
        assertThat(m.find()).isTrue();

        for (String flag : m.group(1).trim().split("\\s+")) {
            assertThat(entrypoint).as("ENTRYPOINT has " + flag).contains("\"" + flag + "\"");
        }
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=").contains("org.springframework.boot.loader.launch.JarLauncher");
    }

    @Test
    void keepsTheDataFolderInTheVolumeUnderTheStoreProperty() throws IOException {
        var run = Dockerfiles.read(DOCKERFILE).runStage();
        String volume = run.last("VOLUME");
        String env = String.join(" ", run.all("ENV"));

        var environment = new java.util.HashMap<String, Object>();
        for (var pair : Pattern.compile("(\\w+)=(\\S+)").matcher(env).results().toList()) {
            environment.put(pair.group(1), pair.group(2));
        }
        assertThat(bind(environment, "datawijzer.store", StoreProperties.class).dataDir()).isEqualTo(Path.of(volume));
        assertThat(run.all("RUN")).anyMatch(r -> r.contains("chown datawijzer:datawijzer " + volume));
    }

    @Test
    void copiesOnlyFilesThatExistAndAreNotIgnored() throws IOException {
        var ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (Path file : List.of(DOCKERFILE, FUSEKI_DOCKERFILE)) {
            for (var stage : Dockerfiles.read(file).stages()) {
                for (String copy : stage.all("COPY")) {
                    if (copy.startsWith("--from")) {
                        continue;
                    }
                    var parts = copy.split("\\s+");
                    for (int i = 0; i < parts.length - 1; i++) {
                        assertThat(ROOT.resolve(parts[i])).as(file + " copies " + parts[i]).exists();
                        String source = parts[i];
                        assertThat(ignored).as(source + " is in the build context")
                                .noneMatch(pattern -> source.startsWith(pattern.replace("**/", "")));
                    }
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeBuildsBothImagesAndPointsThePortalAtFuseki() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        var volumes = (Map<String, Object>) compose.get("volumes");
        assertThat(services).containsOnlyKeys("datawijzer", "fuseki");

        for (var service : services.entrySet()) {
            var build = (Map<String, String>) service.getValue().get("build");
            Path context = COMPOSE.getParent().resolve(build.get("context")).normalize();
            Path dockerfile = context.resolve(build.get("dockerfile"));
            assertThat(dockerfile).as(service.getKey() + " dockerfile").exists();
            String imageVolume = Dockerfiles.read(dockerfile).runStage().last("VOLUME");
            var mounts = (List<String>) service.getValue().get("volumes");
            assertThat(mounts).as(service.getKey() + " keeps its data in a named volume").singleElement()
                    .satisfies(mount -> {
                        String[] nameAndPath = mount.split(":");
                        assertThat(volumes).containsKey(nameAndPath[0]);
                        assertThat(nameAndPath[1]).isEqualTo(imageVolume);
                    });
        }

        var portal = services.get("datawijzer");
        var environment = (Map<String, Object>) portal.get("environment");
        String dataset = FusekiConfig.read(ROOT.resolve("docker/fuseki/config.ttl")).datasetName();
        assertThat(environment).containsEntry("DATAWIJZER_STORE_REMOTE_URL", "http://fuseki:3030/" + dataset);
        assertThat(environment.get("DATAWIJZER_STORE_REMOTE_USER"))
                .isEqualTo(((Map<String, Object>) services.get("fuseki").get("environment")).get("FUSEKI_USER"));
        assertThat(bind(environment, "datawijzer.opendata", OpenDataProperties.class).publicUrl())
                .isEqualTo("${DATAWIJZER_PUBLIC_URL:-http://localhost:8080}");
        assertThat((List<String>) portal.get("ports")).singleElement()
                .satisfies(p -> assertThat(p).endsWith(":" + at(applicationYaml(), "server", "port")));
        assertThat(portal.get("depends_on").toString()).contains("service_healthy");
    }

    @Test
    void healthCheckPassesOnlyOnA2xxAnswer() throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/up", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            byte[] body = "{\"status\":\"OUT_OF_SERVICE\"}".getBytes();
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://localhost:" + server.getAddress().getPort();
            assertThat(healthCheck(base + "/up")).isZero();
            assertThat(healthCheck(base + "/down")).isEqualTo(1);
            server.stop(0);
            assertThat(healthCheck(base + "/up")).as("nothing listening").isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void fusekiRefusesToStartWithoutAUsablePassword() throws Exception {
        assertThat(fusekiEntrypoint("")).isEqualTo(64);
        assertThat(fusekiEntrypoint("geheim,admin")).isEqualTo(64);
        assertThat(fusekiEntrypoint("twee woorden")).isEqualTo(64);
    }

    private static int fusekiEntrypoint(String password) throws Exception {
        var process = new ProcessBuilder("sh", ROOT.resolve("docker/fuseki/entrypoint.sh").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        process.environment().put("FUSEKI_PASSWORD", password);
        // a failed check must stop before anything is written or started
        process.environment().put("FUSEKI_BASE", "/nonexistent/should-not-be-created");
        var started = process.start();
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return started.exitValue();
    }

    private static int healthCheck(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, ROOT.resolve("docker/HealthCheck.java").toString(), url, "3"));
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static <T> T bind(Map<String, Object> environment, String prefix, Class<T> type) {
        var sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("env", environment));
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate(prefix, type);
    }

    private static Map<String, Object> applicationYaml() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("src/main/resources/application.yaml")));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> yaml, String... path) {
        Object node = yaml;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }
}
