package nl.datawijzer.rdf;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The backup file format, for every kind of store (embedded TDB2 and a remote SPARQL store alike): gzip-compressed
 * TriG, streamed in both directions so a backup never has to fit in memory.
 *
 * <p>The file is two gzip members (which any gzip reader reads as one text):
 * <pre>
 * # datawijzer-backup format=1 revision=57 created=2026-11-30T01:00:00Z
 * &#64;prefix ...
 * &lt;graph&gt; { ... }   (every named graph, and the default graph's triples if any)
 * # datawijzer-backup-end graphs=123 triples=45678
 * </pre>
 * The header is known when the snapshot is opened; the counts only once everything is written, so they close the
 * file in their own small gzip member, which {@link #peek} finds from the end without reading the rest. Both lines are
 * TriG comments: plain Jena reads the file as it is. A file is accepted only when the gzip stream is intact (its CRC),
 * the TriG parses to the end, and the graphs and triples read equal the counts in the closing line: a file cut off,
 * garbled or with a part removed is refused before anything is replaced.
 */
public final class BackupFile {

    /** Raise when the layout changes; a restore refuses versions it does not know. */
    public static final int FORMAT = 1;
    static final String HEADER = "# datawijzer-backup";
    static final String TRAILER = "# datawijzer-backup-end";
    private static final int BUFFER = 1 << 16;
    private static final int MAX_HEADER = 1024;
    /** Enough for the closing member (a few dozen bytes compressed) and its gzip header and trailer. */
    private static final int TAIL = 4096;
    private static final Map<String, String> PREFIXES = Map.of(
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "dcat", "http://www.w3.org/ns/dcat#",
            "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "prov", "http://www.w3.org/ns/prov#",
            "dqv", "http://www.w3.org/ns/dqv#",
            "dw", "https://w3id.org/datawijzer/def#");

    private BackupFile() {
    }

    /**
     * Starts a backup on {@code out} (left open). Send every quad of one consistent snapshot to {@link Writer#stream()},
     * the quads of one graph together, then call {@link Writer#finish()}.
     *
     * @param base the store's base IRI, written as a prefix so the file stays small
     */
    public static Writer open(OutputStream out, long revision, Instant createdAt, String base) {
        return new Writer(out, revision, createdAt, base);
    }

    /** Writes one backup; not thread-safe, one snapshot. */
    public static final class Writer {
        private final OutputStream target;
        private final GZIPOutputStream data;
        private final Counting counting;
        private final long revision;
        private final Instant createdAt;

        private Writer(OutputStream out, long revision, Instant createdAt, String base) {
            this.target = new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    // the caller owns the stream
                    out.flush();
                }
            };
            this.revision = revision;
            this.createdAt = createdAt;
            try {
                data = new GZIPOutputStream(target, BUFFER);
                data.write((HEADER + " format=" + FORMAT + " revision=" + revision + " created=" + createdAt + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Back-up kan niet worden geschreven", e);
            }
            StreamRDF trig = StreamRDFWriter.getWriterStream(data, RDFFormat.TRIG_BLOCKS);
            trig.start();
            PREFIXES.forEach(trig::prefix);
            trig.prefix("id", base);
            this.counting = new Counting(trig);
        }

        /** Where the quads go; default-graph triples as quads of {@link Quad#defaultGraphIRI}. */
        public StreamRDF stream() {
            return counting;
        }

        /** Closes the TriG and writes the closing line with the counts; {@code out} stays open. */
        public BackupSummary finish() {
            counting.finishWriting();
            try {
                data.finish();
                GZIPOutputStream end = new GZIPOutputStream(target);
                end.write((TRAILER + " graphs=" + counting.graphs() + " triples=" + counting.triples() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                end.finish();
                target.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Back-up kan niet worden geschreven", e);
            }
            return new BackupSummary(counting.graphs(), counting.triples(), revision, createdAt);
        }
    }

    /** Reads the whole file without keeping anything: the check before a restore replaces anything. */
    public static BackupSummary check(Path file) {
        return read(file, StreamRDFLib.sinkNull());
    }

    /** Reads the whole file, sends every quad to {@code sink}, and confirms it is complete (else refuses). */
    public static BackupSummary read(Path file, StreamRDF sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Back-up kan niet worden gelezen: " + file, e);
        }
    }

    /**
     * Reads a whole backup from {@code in}, sends every quad to {@code sink} (prefixes are not passed on), and confirms
     * that gzip, TriG and counts are all intact.
     *
     * @throws BackupRefusedException when the file is not one complete backup; what reached {@code sink} must then
     *                                be thrown away
     */
    public static BackupSummary read(InputStream in, StreamRDF sink) {
        Header header;
        Counting counting = new Counting(sink);
        TailKeeper tail = null;
        try {
            InputStream unzipped;
            try {
                unzipped = new GZIPInputStream(in, BUFFER);
            } catch (EOFException e) {
                throw new BackupRefusedException("het bestand is leeg", e);
            } catch (ZipException e) {
                throw new BackupRefusedException("het is geen gzip-bestand", e);
            }
            tail = new TailKeeper(unzipped);
            java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(tail, BUFFER);
            buffered.mark(MAX_HEADER + 1);
            header = Header.parse(firstLine(buffered));
            buffered.reset();
            RDFParser.source(buffered).lang(Lang.TRIG).checking(false).parse(counting);
        } catch (BackupRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            // The parser may take a failing read for the end of the input: the gzip failure is the real reason.
            if (tail != null && tail.failure != null) {
                throw gzipBroken(tail.failure);
            }
            throw refusal(e);
        } catch (IOException e) {
            throw gzipBroken(e);
        }
        if (tail.failure != null) {
            throw gzipBroken(tail.failure);
        }
        Trailer trailer = Trailer.parse(tail.lastLine()).orElseThrow(() -> new BackupRefusedException(
                "de slotregel met de aantallen ontbreekt, dus het bestand is afgebroken"));
        if (trailer.graphs() != counting.graphs() || trailer.triples() != counting.triples()) {
            throw new BackupRefusedException("het bestand bevat " + counting.graphs() + " graphs en "
                    + counting.triples() + " triples, maar volgens de slotregel horen dat er " + trailer.graphs()
                    + " en " + trailer.triples() + " te zijn");
        }
        return new BackupSummary(counting.graphs(), counting.triples(), header.revision(), header.createdAt());
    }

    /**
     * What a backup says about itself, read from its first line and its closing member only (milliseconds, whatever
     * its size): for listing backups. Empty when either is missing; only {@link #check} proves the file complete.
     */
    public static Optional<BackupSummary> peek(Path file) {
        try {
            Header header;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 4096)) {
                header = Header.parse(firstLine(new java.io.BufferedInputStream(in)));
            }
            long size = Files.size(file);
            byte[] tail = new byte[(int) Math.min(size, TAIL)];
            try (var channel = Files.newByteChannel(file)) {
                channel.position(size - tail.length);
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(tail);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // fill
                }
            }
            // The closing member is the last gzip header (1f 8b 08) from which the rest inflates to the closing line.
            for (int i = tail.length - 3; i >= 0; i--) {
                if ((tail[i] & 0xff) == 0x1f && (tail[i + 1] & 0xff) == 0x8b && tail[i + 2] == 8) {
                    Optional<Trailer> trailer = trailerAt(tail, i);
                    if (trailer.isPresent()) {
                        return Optional.of(new BackupSummary(trailer.get().graphs(), trailer.get().triples(),
                                header.revision(), header.createdAt()));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | BackupRefusedException e) {
            return Optional.empty();
        }
    }

    private static Optional<Trailer> trailerAt(byte[] tail, int offset) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tail, offset, tail.length - offset))) {
            String text = new String(in.readNBytes(MAX_HEADER), StandardCharsets.UTF_8);
            return Trailer.parse(text.strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static RuntimeException refusal(RuntimeException e) {
        Optional<IOException> io = ioCause(e);
        if (io.isPresent()) {
            return gzipBroken(io.get());
        }
        if (e instanceof RiotException) {
            return new BackupRefusedException("de TriG-inhoud is ongeldig (" + e.getMessage() + ")", e);
        }
        return e;
    }

    private static BackupRefusedException gzipBroken(IOException e) {
        return new BackupRefusedException("het gzip-bestand is afgebroken of beschadigd (" + e.getMessage() + ")", e);
    }

    private static Optional<IOException> ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(InputStream in) throws IOException {
        byte[] line = new byte[MAX_HEADER];
        int length = 0;
        int b;
        while (length < MAX_HEADER && (b = in.read()) >= 0 && b != '\n') {
            line[length++] = (byte) b;
        }
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }

    private static Map<String, String> fields(String line, String prefix) {
        Map<String, String> fields = new HashMap<>();
        for (String part : line.substring(prefix.length()).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return fields;
    }

    private record Header(long revision, Instant createdAt) {
        static Header parse(String line) {
            if (!line.startsWith(HEADER + " ")) {
                throw new BackupRefusedException("de kopregel van een Datawijzer-back-up ontbreekt");
            }
            Map<String, String> fields = fields(line, HEADER);
            if (!String.valueOf(FORMAT).equals(fields.get("format"))) {
                throw new BackupRefusedException("formaatversie " + fields.get("format") + " wordt niet ondersteund");
            }
            try {
                return new Header(Long.parseLong(fields.get("revision")), Instant.parse(fields.get("created")));
            } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
                throw new BackupRefusedException("de kopregel is onleesbaar", e);
            }
        }
    }

    private record Trailer(int graphs, long triples) {
        static Optional<Trailer> parse(String line) {
            if (!line.startsWith(TRAILER + " ")) {
                return Optional.empty();
            }
            Map<String, String> fields = fields(line, TRAILER);
            try {
                return Optional.of(new Trailer(Integer.parseInt(fields.get("graphs")),
                        Long.parseLong(fields.get("triples"))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** Counts quads and distinct graph names on the way to the real sink; prefixes and base stay behind. */
    private static final class Counting implements StreamRDF {
        private final StreamRDF sink;
        private final Set<Node> graphs = new HashSet<>();
        private Node lastGraph;
        private long triples;

        Counting(StreamRDF sink) {
            this.sink = sink;
        }

        int graphs() {
            return graphs.size();
        }

        long triples() {
            return triples;
        }

        void finishWriting() {
            sink.finish();
        }

        @Override
        public void start() {
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            Node graph = quad.getGraph();
            if (!graph.equals(lastGraph)) {
                lastGraph = graph;
                if (!Quad.isDefaultGraph(graph)) {
                    graphs.add(graph);
                }
            }
            triples++;
            sink.quad(quad);
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void finish() {
        }
    }

    /** Remembers the last bytes that went through, so the closing line can be read after the parser is done. */
    private static final class TailKeeper extends FilterInputStream {
        private final byte[] ring = new byte[MAX_HEADER];
        private long seen;
        private IOException failure;

        TailKeeper(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = remember(() -> in.read());
            if (b >= 0) {
                ring[(int) (seen++ % ring.length)] = (byte) b;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = remember(() -> in.read(b, off, len));
            for (int i = 0; i < n; i++) {
                ring[(int) (seen++ % ring.length)] = b[off + i];
            }
            return n;
        }

        private int remember(IoRead read) throws IOException {
            try {
                return read.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        private interface IoRead {
            int read() throws IOException;
        }

        /** The last line (without its line end) of what was read. */
        String lastLine() {
            int length = (int) Math.min(seen, ring.length);
            byte[] last = new byte[length];
            for (int i = 0; i < length; i++) {
                last[i] = ring[(int) ((seen - length + i) % ring.length)];
            }
            String text = new String(last, StandardCharsets.UTF_8).stripTrailing();
            return text.substring(text.lastIndexOf('\n') + 1);
        }
    }
}
