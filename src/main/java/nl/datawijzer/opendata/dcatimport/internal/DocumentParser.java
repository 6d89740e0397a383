package nl.datawijzer.opendata.dcatimport.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.datawijzer.opendata.dcatimport.DcatDocument;
import nl.datawijzer.opendata.dcatimport.DcatImportRefusedException;
import nl.datawijzer.opendata.export.ExportFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a DCAT document into a graph without ever touching the network and within a size limit. The checks run on the
 * bytes before any parser sees them, so hostile input is refused with its own Dutch message:
 * <ul>
 * <li>RDF/XML with a DOCTYPE or ENTITY declaration (external entities, "billion laughs"), and RDF/XML that is not
 * UTF-8 (a UTF-16 document would hide a DOCTYPE from the byte check);</li>
 * <li>JSON-LD whose {@code @context} names a document (a string, or a string in an array) or uses {@code @import}:
 * such a context would have to be fetched; an inline context is fine. JSON nested deeper than
 * {@value #MAX_JSON_DEPTH} levels is refused too. As a second line the JSON-LD parser gets a document loader that
 * refuses every load, so even a context the scan missed is never fetched.</li>
 * </ul>
 */
public final class DocumentParser {

    static final int MAX_JSON_DEPTH = 64;

    private DocumentParser() {
    }

    /** The format named by a file name (or URL path) extension, else by a content type; empty when neither says. */
    public static Optional<ExportFormat> formatOf(@Nullable String name, @Nullable String contentType) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int query = lower.indexOf('?');
        if (query >= 0) {
            lower = lower.substring(0, query);
        }
        if (lower.endsWith(".ttl")) {
            return Optional.of(ExportFormat.TURTLE);
        }
        if (lower.endsWith(".jsonld") || lower.endsWith(".json")) {
            return Optional.of(ExportFormat.JSON_LD);
        }
        if (lower.endsWith(".rdf") || lower.endsWith(".xml") || lower.endsWith(".owl")) {
            return Optional.of(ExportFormat.RDF_XML);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (type) {
            case "text/turtle", "application/x-turtle" -> Optional.of(ExportFormat.TURTLE);
            case "application/ld+json", "application/json" -> Optional.of(ExportFormat.JSON_LD);
            case "application/rdf+xml", "application/xml", "text/xml" -> Optional.of(ExportFormat.RDF_XML);
            default -> Optional.empty();
        };
    }

    /** Reads at most {@code max} bytes; one more means the document is refused as too large. */
    public static byte[] readBounded(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        return bytes;
    }

    static DcatImportRefusedException tooLarge(long max) {
        return new DcatImportRefusedException("Het document is groter dan de toegestane " + (max / (1024 * 1024))
                + " MB (instelling datawijzer.opendata.max-import-size); er is niets geïmporteerd.");
    }

    /** The document as a graph; refused with a Dutch message when it is hostile or not RDF in its format. */
    public static Graph parse(DcatDocument document) {
        byte[] bytes = document.content();
        switch (document.format()) {
            case RDF_XML -> checkXml(bytes);
            case JSON_LD -> checkJson(bytes);
            case TURTLE -> {
                // Turtle has no includes, entities or remote references: the size limit is its only risk.
            }
        }
        return read(bytes, document.format());
    }

    /**
     * The parse itself, after the checks: for JSON-LD with a document loader that refuses every load, so that even a
     * remote context the byte check missed is not fetched but refused.
     */
    static Graph read(byte[] bytes, ExportFormat format) {
        Graph graph = GraphFactory.createDefaultGraph();
        AtomicBoolean loaderAsked = new AtomicBoolean();
        try {
            org.apache.jena.riot.RDFParserBuilder parser = RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format))
                    // Relative IRIs resolve against a base of our own, never against where the document came from.
                    .base("urn:datawijzer:dcat-import:");
            if (format == ExportFormat.JSON_LD) {
                parser.context(Context.create().set(TitaniumJsonLdOptions.JSONLD_OPTIONS, offline(loaderAsked)));
            }
            parser.parse(graph);
        } catch (RuntimeException e) {
            if (loaderAsked.get()) {
                throw remoteContext();
            }
            throw new DcatImportRefusedException("Het document is geen geldige " + name(format)
                    + ": " + firstLine(e.getMessage()) + ". Er is niets geïmporteerd.", e);
        }
        return graph;
    }

    private static void checkXml(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) || contains(bytes, new byte[] {'<', 0})
                || contains(bytes, new byte[] {0, '<'})) {
            throw new DcatImportRefusedException("RDF/XML wordt alleen in UTF-8 gelezen; dit document is anders "
                    + "gecodeerd (UTF-16). Er is niets geïmporteerd.");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new DcatImportRefusedException("Het RDF/XML-document bevat een DOCTYPE- of ENTITY-declaratie. "
                    + "Die kan bestanden of adressen binnenhalen of het geheugen laten vollopen en wordt daarom niet "
                    + "gelezen; verwijder de declaratie. Er is niets geïmporteerd.");
        }
    }

    /** Walks the JSON once with a streaming parser: depth, remote @context, @import. */
    private static void checkJson(byte[] bytes) {
        try (JsonParser json = new JsonFactory().createParser(tools.jackson.core.ObjectReadContext.empty(), bytes)) {
            int depth = 0;
            // The depth at which the value of an "@context" member starts; -1 outside any context.
            int contextDepth = -1;
            JsonToken token;
            while ((token = json.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth > MAX_JSON_DEPTH) {
                            throw new DcatImportRefusedException("Het JSON-document is dieper genest dan "
                                    + MAX_JSON_DEPTH + " niveaus en wordt niet gelezen. Er is niets geïmporteerd.");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (contextDepth >= 0 && depth < contextDepth) {
                            contextDepth = -1;
                        }
                    }
                    case PROPERTY_NAME -> {
                        String name = json.currentName();
                        if ("@import".equals(name) && contextDepth >= 0) {
                            throw remoteContext();
                        }
                        if ("@context".equals(name) && contextDepth < 0) {
                            JsonToken value = json.nextToken();
                            if (value == JsonToken.VALUE_STRING) {
                                throw remoteContext();
                            }
                            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                                depth++;
                                contextDepth = depth;
                                if (value == JsonToken.START_ARRAY) {
                                    checkContextArray(json);
                                    depth--;
                                    contextDepth = -1;
                                }
                            }
                        }
                    }
                    default -> {
                        // values outside a context are the data itself
                    }
                }
            }
        } catch (JacksonException e) {
            throw new DcatImportRefusedException("Het document is geen geldige JSON: " + firstLine(e.getOriginalMessage())
                    + ". Er is niets geïmporteerd.", e);
        }
    }

    /** An array of contexts: any string in it is a reference to a remote document. */
    private static void checkContextArray(JsonParser json) {
        int depth = 1;
        JsonToken token;
        while (depth > 0 && (token = json.nextToken()) != null) {
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    depth++;
                    if (depth > MAX_JSON_DEPTH) {
                        throw new DcatImportRefusedException("Het JSON-document is te diep genest. Er is niets geïmporteerd.");
                    }
                }
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> {
                    if (depth == 1) {
                        throw remoteContext();
                    }
                }
                case PROPERTY_NAME -> {
                    if ("@import".equals(json.currentName())) {
                        throw remoteContext();
                    }
                }
                default -> {
                }
            }
        }
    }

    static DcatImportRefusedException remoteContext() {
        return new DcatImportRefusedException("Het JSON-LD-document verwijst naar een externe @context. De portal haalt "
                + "bij een import nooit iets van het netwerk op; neem de context op in het document zelf. Er is niets "
                + "geïmporteerd.");
    }

    /** JSON-LD options whose document loader refuses every load, and notes that it was asked. */
    private static JsonLdOptions offline(AtomicBoolean asked) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(new DocumentLoader() {
            @Override
            public Document loadDocument(URI url, DocumentLoaderOptions loaderOptions) throws JsonLdError {
                asked.set(true);
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote documents are not loaded");
            }
        });
        return options;
    }

    private static boolean contains(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length && i < 4096; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Lang lang(ExportFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case JSON_LD -> Lang.JSONLD11;
            case RDF_XML -> Lang.RDFXML;
        };
    }

    private static String name(ExportFormat format) {
        return switch (format) {
            case TURTLE -> "Turtle";
            case JSON_LD -> "JSON-LD";
            case RDF_XML -> "RDF/XML";
        };
    }

    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "onbekende fout";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
