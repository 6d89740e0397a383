package nl.datawijzer.search;

import java.util.function.IntConsumer;
import nl.datawijzer.search.internal.SearchIndexes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Staff search over the whole internal catalog, and the admin's rebuild of the indexes. */
@Service
public class SearchService {

    private final SearchIndexes indexes;

    SearchService(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public SearchResult search(SearchRequest request) {
        return indexes.internal().search(request);
    }

    /** Rebuilds both indexes from the store; {@code percentDone} receives 0..100 for a progress bar. */
    @PreAuthorize("hasRole('ADMIN')")
    public void rebuild(IntConsumer percentDone) {
        indexes.rebuild(percentDone);
    }
}
