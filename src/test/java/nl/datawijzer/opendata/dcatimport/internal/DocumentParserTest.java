package nl.datawijzer.opendata.dcatimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datawijzer.opendata.dcatimport.DcatDocument;
import nl.datawijzer.opendata.dcatimport.DcatImportRefusedException;
import nl.datawijzer.opendata.export.ExportFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    @Test
    void readsTheThreeFormatsOfTheSameCatalog() throws Exception {
        Graph turtle = DocumentParser.parse(doc(ExportFormat.TURTLE, fixture()));
        for (var format : new ExportFormat[] {ExportFormat.JSON_LD, ExportFormat.RDF_XML}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, turtle, format == ExportFormat.JSON_LD ? Lang.JSONLD11 : Lang.RDFXML);
            assertThat(DocumentParser.parse(doc(format, out.toByteArray())).isIsomorphicWith(turtle)).as(format.name()).isTrue();
        }
    }

    @Test
    void choosesTheFormatByExtensionThenContentType() {
        assertThat(DocumentParser.formatOf("catalogus.TTL", "application/octet-stream")).contains(ExportFormat.TURTLE);
        assertThat(DocumentParser.formatOf("https://x.nl/dcat.jsonld?x=1", null)).contains(ExportFormat.JSON_LD);
        assertThat(DocumentParser.formatOf("/catalog", "application/rdf+xml; charset=UTF-8")).contains(ExportFormat.RDF_XML);
        assertThat(DocumentParser.formatOf("export", "text/csv")).isEmpty();
    }

    @Test
    void refusesADocumentLargerThanTheLimitWhileReading() {
        assertThatThrownBy(() -> DocumentParser.readBounded(new ByteArrayInputStream(new byte[2 * 1024 * 1024 + 1]),
                2 * 1024 * 1024)).isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("groter dan de toegestane 2 MB");
        assertThat(assertDoesNotThrowRead(new byte[100], 100)).hasSize(100);
    }

    /**
     * What Jena itself does with an external entity (XXE): its RDF/XML parser does not put the file's content into the
     * graph (it refuses the DOCTYPE or leaves the entity unexpanded). We do not rely on that: the import refuses every
     * DOCTYPE before Jena sees it.
     */
    @Test
    void jenaDoesNotExpandAnExternalEntityAndTheImportRefusesTheDoctypeFirst(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("geheim.txt");
        Files.writeString(secret, "GEHEIM-123");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "%s">]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="https://example.org/d"><dct:title>&xxe;</dct:title></rdf:Description>
                </rdf:RDF>
                """.formatted(secret.toUri());
        String jenaResult;
        try {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))).lang(Lang.RDFXML).parse(g);
            StringBuilder all = new StringBuilder();
            g.find().forEachRemaining(t -> all.append(t).append('\n'));
            jenaResult = all.toString();
        } catch (RuntimeException e) {
            jenaResult = "refused: " + e.getMessage();
        }
        assertThat(jenaResult).doesNotContain("GEHEIM-123");

        assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.RDF_XML, xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesEntityExpansionAndXmlThatHidesItsDoctypeInUtf16() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="x">&lol2;</rdf:Description></rdf:RDF>
                """;
        assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.RDF_XML, laughs.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("ENTITY");
        assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.RDF_XML, laughs.getBytes(StandardCharsets.UTF_16))))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void refusesJsonLdThatNamesARemoteContextInEveryForm() {
        for (String json : new String[] {
                "{\"@context\": \"https://schema.org/\", \"@id\": \"https://x.nl/d\"}",
                "{\"@context\": [{\"dct\": \"http://purl.org/dc/terms/\"}, \"https://w3id.org/dcat-ap.jsonld\"]}",
                "{\"@context\": {\"@import\": \"https://x.nl/ctx.jsonld\"}}",
                "{\"@graph\": [{\"@context\": \"https://x.nl/nested.jsonld\", \"@id\": \"https://x.nl/d\"}]}"}) {
            assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.JSON_LD, json.getBytes(StandardCharsets.UTF_8))))
                    .as(json).isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("externe @context");
        }
        Graph inline = DocumentParser.parse(doc(ExportFormat.JSON_LD, """
                {"@context": {"dct": "http://purl.org/dc/terms/"}, "@id": "https://x.nl/d", "dct:title": "T"}
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(inline.size()).isEqualTo(1);
    }

    /** The second line of defence: the parser's own document loader refuses, so nothing is fetched. */
    @Test
    void theJsonLdParserNeverFetchesAContext() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"t\": \"http://purl.org/dc/terms/title\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String json = "{\"@context\": \"http://127.0.0.1:" + server.getAddress().getPort()
                    + "/ctx.jsonld\", \"@id\": \"https://x.nl/d\", \"t\": \"titel\"}";
            assertThatThrownBy(() -> DocumentParser.read(json.getBytes(StandardCharsets.UTF_8), ExportFormat.JSON_LD))
                    .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("externe @context");
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesDeeplyNestedJsonAndTextThatIsNotRdf() {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.JSON_LD, deep.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("genest");
        assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.JSON_LD, "{niet json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("geen geldige JSON");
        assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.TURTLE, "<a> <b> ".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("geen geldige Turtle");
        assertThatThrownBy(() -> DocumentParser.parse(doc(ExportFormat.RDF_XML, "<html><body/></html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("RDF/XML");
    }

    private static byte[] assertDoesNotThrowRead(byte[] bytes, long max) {
        try {
            return DocumentParser.readBounded(new ByteArrayInputStream(bytes), max);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static DcatDocument doc(ExportFormat format, byte[] bytes) {
        return new DcatDocument("bestand: test", format, bytes);
    }

    private static byte[] fixture() throws java.io.IOException {
        try (var in = DocumentParserTest.class.getClassLoader().getResourceAsStream("opendata/dcatimport/cbs-catalog.ttl")) {
            return in.readAllBytes();
        }
    }
}
