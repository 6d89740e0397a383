package nl.datawijzer.lineage.openlineage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.datawijzer.lineage.openlineage.ApiToken;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.vocab.Literals;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Repository;

/** API tokens as records {@code api-token/t{hex}} in their own graphs: name, SHA-256, issuer, created, revoked. */
@Repository
public class TokenRepository {

    private static final String DIR = "nl/datawijzer/lineage/openlineage/internal/";
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final Pattern ID = Pattern.compile("t[0-9a-f]{16}");
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node API_TOKEN = iri(DW + "ApiToken");
    private static final Node TITLE = iri("http://purl.org/dc/terms/title");
    private static final Node CREATED = iri("http://purl.org/dc/terms/created");
    private static final Node HASH = iri(DW + "tokenHash");
    private static final Node ISSUED_BY = iri(DW + "issuedBy");
    private static final Node REVOKED_AT = iri(DW + "revokedAt");
    private static final Node REVOKED_BY = iri(DW + "revokedBy");

    private final RdfStore store;
    private final Iris iris;

    TokenRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ApiToken save(String name, String hash, String issuedBy) {
        String id = "t" + hash.substring(0, 16);
        Node token = iris.record(RecordKind.API_TOKEN, id);
        Node created = Literals.now();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(token, TYPE, API_TOKEN));
        g.add(Triple.create(token, TITLE, Literals.plain(name)));
        g.add(Triple.create(token, HASH, Literals.plain(hash)));
        g.add(Triple.create(token, ISSUED_BY, Literals.plain(issuedBy)));
        g.add(Triple.create(token, CREATED, created));
        store.write(writer -> {
            writer.replaceGraph(iris.graph(RecordKind.API_TOKEN, id), g);
            return null;
        });
        return new ApiToken(id, name, issuedBy, Instant.parse(created.getLiteralLexicalForm()), null, null);
    }

    public List<ApiToken> list() {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "api-tokens.rq"))).stream()
                .map(row -> new ApiToken(iris.slugOf(RecordKind.API_TOKEN, row.iri("token")).orElse("?"), row.text("title"),
                        row.text("issuedBy"), java.util.Objects.requireNonNullElse(row.instant("created"), Instant.EPOCH),
                        row.instant("revokedAt"),
                        row.optionalText("revokedBy")))
                .toList());
    }

    public boolean revoke(String id, String by) {
        if (id == null || !ID.matcher(id).matches()) {
            return false;
        }
        Node token = iris.record(RecordKind.API_TOKEN, id);
        Node graphName = iris.graph(RecordKind.API_TOKEN, id);
        return store.write(writer -> {
            Graph g = writer.graph(graphName);
            if (!g.contains(token, TYPE, API_TOKEN) || g.contains(token, REVOKED_AT, Node.ANY)) {
                return false;
            }
            writer.changeGraph(graphName, live -> {
                live.add(Triple.create(token, REVOKED_AT, Literals.now()));
                live.add(Triple.create(token, REVOKED_BY, Literals.plain(by)));
            });
            return true;
        });
    }

    /** The name of the token with this hash, unless it was revoked. */
    public Optional<String> liveTokenName(String hash) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "api-token-by-hash.rq")
                        .bind("hash", Literals.plain(hash)))).stream()
                .filter(row -> row.node("revokedAt") == null).map(row -> row.text("title")).findFirst());
    }

    private static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }
}
