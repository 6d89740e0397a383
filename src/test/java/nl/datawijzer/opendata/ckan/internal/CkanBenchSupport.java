package nl.datawijzer.opendata.ckan.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.ckan.CkanActions;
import nl.datawijzer.opendata.ckan.CkanSearchQuery;
import nl.datawijzer.opendata.export.OpenDataCatalogs;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Gives the benchmark the CKAN API over a given public store, and Lucene used directly on the same index for the
 * same job: the same words, filters, sort, page, exact total and facet counts, with only the names of the hits read
 * back, from the same doc values (no package dicts, no JSON).
 */
public final class CkanBenchSupport {

    private final PackageIndex index;
    private final CkanActions actions;
    private final Analyzer analyzer = PackageIndex.dutchAnalyzer();
    private IndexSearcher rawSearcher;
    private SortedSetDocValuesReaderState rawFacetState;

    public CkanBenchSupport(PublicRdfStore store, Iris iris) {
        OpenDataUrls urls = new OpenDataUrls(OpenDataProperties.defaults());
        this.index = new PackageIndex(OpenDataCatalogs.over(store, iris), new PackageMapping(urls));
        this.actions = new CkanActions(index, urls);
    }

    public CkanActions actions() {
        return actions;
    }

    /** Reads the whole view and builds the index, as on start or after a rebuild of the view; returns packages. */
    public long rebuild() throws IOException {
        index.rebuild();
        rawSearcher = index.snapshot().searcher();
        FacetsConfig config = new FacetsConfig();
        CkanSearchQuery.FACET_FIELDS.forEach(f -> config.setMultiValued(f, true));
        rawFacetState = new DefaultSortedSetDocValuesReaderState(rawSearcher.getIndexReader(), config);
        return index.count();
    }

    /** Raw Lucene: returns the total, so the caller can check both sides matched the same packages. */
    public long raw(String q, List<String[]> filters, int start, int rows, String sortField, List<String> facetFields)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (q.isBlank()) {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            int n = 0;
            try (TokenStream stream = analyzer.tokenStream("title", q)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    List<Query> perField = new ArrayList<>();
                    for (Map.Entry<String, Float> field : PackageIndex.WEIGHTS.entrySet()) {
                        perField.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term.toString())), field.getValue()));
                    }
                    words.add(new DisjunctionMaxQuery(perField, PackageIndex.FIELD_TIE), BooleanClause.Occur.SHOULD);
                    n++;
                }
                stream.end();
            }
            words.setMinimumNumberShouldMatch(n <= 2 ? n : n <= 5 ? n - 1 : (int) Math.floor(n * 0.8));
            query.add(words.build(), BooleanClause.Occur.MUST);
        }
        for (String[] filter : filters) {
            query.add(new TermQuery(new Term(PackageIndex.FILTER_PREFIX + filter[0], filter[1])), BooleanClause.Occur.FILTER);
        }
        Sort sort = sortField.equals("score")
                ? new Sort(SortField.FIELD_SCORE, new SortField(PackageIndex.MODIFIED, SortField.Type.LONG, true),
                        new SortField(PackageIndex.NAME_SORT, SortField.Type.STRING))
                : new Sort(new SortField(PackageIndex.TITLE_STRING, SortField.Type.STRING),
                        new SortField(PackageIndex.NAME_SORT, SortField.Type.STRING));
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(rawSearcher, query.build(),
                Math.max(1, start + rows), sort, sortField.equals("score"), new FacetsCollectorManager());
        ScoreDoc[] hits = found.topDocs().scoreDocs;
        var leaves = rawSearcher.getIndexReader().leaves();
        for (int i = start; i < hits.length; i++) {
            var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hits[i].doc, leaves));
            var names = leaf.reader().getSortedDocValues(PackageIndex.NAME_SORT);
            names.advanceExact(hits[i].doc - leaf.docBase);
            names.lookupOrd(names.ordValue()).utf8ToString();
        }
        if (!facetFields.isEmpty()) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(rawFacetState, found.facetsCollector());
            for (String field : facetFields) {
                if (rawFacetState.getOrdRange(field) != null) {
                    counts.getTopChildren(CkanSearchQuery.DEFAULT_FACET_LIMIT, field);
                }
            }
        }
        return found.facetsCollector().getMatchingDocs().stream().mapToLong(d -> d.totalHits()).sum();
    }
}
