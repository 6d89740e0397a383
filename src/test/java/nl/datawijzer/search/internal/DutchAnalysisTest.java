package nl.datawijzer.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DutchAnalysisTest {

    private final Analyzer index = DutchAnalysis.indexAnalyzer();

    @Test
    void diacriticsAreFoldedAndWordsStemmed() throws IOException {
        assertThat(tokens(index, "cliënten")).isEqualTo(tokens(index, "clienten"));
        assertThat(tokens(index, "beschikkingen")).isEqualTo(tokens(index, "beschikking"));
    }

    @Test
    void fieldNamesAreSplitIntoTheirWords() throws IOException {
        List<String> beschikking = tokens(index, "beschikking");
        assertThat(tokens(index, "datumBeschikking")).containsAll(beschikking);
        assertThat(tokens(index, "datum_beschikking")).containsAll(beschikking);
        assertThat(tokens(index, "datum_beschikking")).containsAll(tokens(index, "datum"));
    }

    @Test
    void glossarySynonymsExpandQueriesInBothDirections() throws IOException {
        SynonymMap map = DutchAnalysis.synonyms(List.of(List.of("Wmo 2015", "Wmo", "Wet maatschappelijke ondersteuning"),
                List.of("jeugdhulp", "jeugdzorg")));
        Analyzer query = DutchAnalysis.queryAnalyzer(map);
        assertThat(tokens(query, "wmo")).containsAll(tokens(index, "maatschappelijke ondersteuning"));
        assertThat(tokens(query, "Wet maatschappelijke ondersteuning")).containsAll(tokens(index, "wmo"));
        assertThat(tokens(query, "jeugdzorg")).containsAll(tokens(index, "jeugdhulp"));
        assertThat(tokens(DutchAnalysis.queryAnalyzer(DutchAnalysis.synonyms(List.of())), "jeugdzorg"))
                .doesNotContainAnyElementsOf(tokens(index, "jeugdhulp"));
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("title", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
