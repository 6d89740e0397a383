package nl.datawijzer.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Test support: what the last commit of a search index holds, and what a rebuild from the store would write. */
public final class IndexOnDisk {

    private IndexOnDisk() {
    }

    /** Document id to title, as committed in {@code folder}: what survives a crash. */
    public static Map<String, String> committed(Path folder) throws IOException {
        Map<String, String> titles = new TreeMap<>();
        try (var directory = FSDirectory.open(folder); IndexReader reader = DirectoryReader.open(directory)) {
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        var document = stored.document(doc);
                        titles.put(document.get(CatalogIndex.ID), document.get(CatalogIndex.TITLE));
                    }
                }
            }
        }
        return titles;
    }

    /** The fingerprint of the last commit in {@code folder}, or "" when none. */
    public static String committedFingerprint(Path folder) throws IOException {
        try (var directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().getOrDefault(CatalogIndex.FINGERPRINT, "");
        }
    }

    /** Document id to title, read from the store now: what a rebuild would index. */
    public static Map<String, String> fromStore(DocumentSource source) {
        Map<String, String> titles = new TreeMap<>();
        source.all().forEach(document -> titles.put(document.id(), document.title()));
        return titles;
    }
}
