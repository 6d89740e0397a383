package nl.datawijzer.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch text analysis. Index side: field names are split ("datumBeschikking", "datum_beschikking" also give
 * "datum" and "beschikking"), lower-cased, diacritics folded ("cliënten" = "clienten") and stemmed. Query
 * side: the same, plus the glossary's synonyms and abbreviations ("Wmo" = "Wet maatschappelijke
 * ondersteuning"), applied at query time so that a glossary edit changes search without reindexing. Synonyms
 * carry a lower weight ({@link #SYNONYM_WEIGHT}) than the words typed.
 */
public final class DutchAnalysis {

    /** Lower-cased and folded, not stemmed: for spelling suggestions and typo tolerance. */
    public static final String SPELL_FIELD = "spell";

    /**
     * Glossary synonyms widen a query but count less than the words typed: "WMO301" finds the Wmo assignments
     * before the youth assignments (JW301 is a synonym of the same glossary term).
     */
    static final float SYNONYM_WEIGHT = 0.7f;

    private DutchAnalysis() {
    }

    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new WordDelimiterGraphFilter(tokenizer,
                        WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                                | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.PRESERVE_ORIGINAL,
                        null);
                stream = new FlattenGraphFilter(stream);
                return new TokenStreamComponents(tokenizer, stem(fold(stream)));
            }
        }, Map.of(SPELL_FIELD, spellAnalyzer()));
    }

    /** The query analyzer; {@code synonyms} may be empty. */
    public static Analyzer queryAnalyzer(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = fold(tokenizer);
                if (synonyms.fst != null) {
                    stream = new SynonymWeightFilter(new SynonymGraphFilter(stream, synonyms, true));
                }
                return new TokenStreamComponents(tokenizer, stem(stream));
            }
        };
    }

    /** Lower-case and fold only. */
    public static Analyzer spellAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, fold(tokenizer));
            }
        };
    }

    /**
     * A synonym map from groups of equivalent terms (a glossary term's label and its altLabels). Terms are
     * normalised like the query (lower-cased, folded) before stemming, so multi-word synonyms work.
     */
    public static SynonymMap synonyms(Collection<List<String>> groups) {
        try (Analyzer normaliser = spellAnalyzer()) {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (List<String> group : groups) {
                List<CharsRef> terms = group.stream().map(t -> normalise(normaliser, t)).filter(t -> t.length > 0)
                        .distinct().toList();
                for (CharsRef a : terms) {
                    for (CharsRef b : terms) {
                        if (!a.equals(b)) {
                            builder.add(a, b, true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef normalise(Analyzer analyzer, String text) {
        CharsRefBuilder out = new CharsRefBuilder();
        try (TokenStream stream = analyzer.tokenStream(SPELL_FIELD, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (out.length() > 0) {
                    out.append(SynonymMap.WORD_SEPARATOR);
                }
                out.append(term.buffer(), 0, term.length());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.get();
    }

    /** Marks the tokens the synonym filter added with {@link #SYNONYM_WEIGHT}; QueryBuilder reads it as boost. */
    private static final class SynonymWeightFilter extends TokenFilter {

        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final BoostAttribute boost = addAttribute(BoostAttribute.class);

        SynonymWeightFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            boost.setBoost(SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? SYNONYM_WEIGHT : 1f);
            return true;
        }
    }

    private static TokenStream fold(TokenStream stream) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(stream));
    }

    private static TokenStream stem(TokenStream stream) {
        return new SnowballFilter(stream, new DutchStemmer());
    }

}
