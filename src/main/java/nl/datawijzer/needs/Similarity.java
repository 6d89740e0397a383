package nl.datawijzer.needs;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two questions are, without an index: the share of shared content words (Jaccard over word sets, accents
 * and case folded, Dutch stop words and words under three letters left out, a trailing plural "-en"/"-s" cut). Fast
 * enough for the few hundred needs a municipality has, and explainable: two questions match on the words they share.
 */
final class Similarity {

    private static final Set<String> STOP = Set.of("het", "een", "van", "voor", "met", "die", "dat", "wat", "hoe",
            "hoeveel", "welke", "wie", "waar", "zijn", "wordt", "worden", "per", "aan", "bij", "naar", "ook", "als",
            "dan", "nog", "door", "uit", "over", "tot", "onze", "ons", "wij", "ik", "de", "en", "in", "op", "te", "er",
            "graag", "weten", "willen", "wil", "heeft", "hebben", "the", "and", "how", "many", "what");

    private Similarity() {
    }

    static double score(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        long shared = left.stream().filter(right::contains).count();
        return (double) shared / (left.size() + right.size() - shared);
    }

    static Set<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> w.length() >= 3).filter(w -> !STOP.contains(w))
                .map(Similarity::stem).collect(Collectors.toSet());
    }

    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("en")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 4 && word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
