package nl.datawijzer.privacy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the terms of all name rules in a field's technical name, title and description in one pass: each
 * run of up to {@value #MAX_PHRASE_WORDS} words is looked up whole (so {@code geboorte_datum} meets
 * "geboortedatum"), then each word not already matched is looked up by its beginnings and endings, because
 * Dutch writes compounds as one word ({@code clientnaam}, {@code huishoudinkomen}). Cost is linear in the
 * number of words; nothing depends on how many terms the rules have.
 */
final class NameMatcher {

    private static final int MAX_PHRASE_WORDS = 4;
    private static final int CONTEXT_WORDS = 3;
    private static final int NEGATION_WORDS = 2;
    /** Shorter terms (bsn, tel, ggz) would fire inside unrelated words such as "teller". */
    private static final int MIN_COMPOUND_TERM = 4;
    /** Plural and inflection endings: "diagnoses", "uitkeringen", "adressen" are the term itself. */
    private static final Set<String> INFLECTIONS = Set.of("s", "e", "n", "en", "es", "sen");

    private record Entry(NameDetector rule, Term term) {
    }

    private static final Map<String, List<Entry>> BY_KEY = index();
    private static final Set<String> NOT_PERSONAL_KEYS = keys(NameTerms.NOT_PERSONAL_PHRASES);
    private static final int LONGEST_KEY = BY_KEY.keySet().stream().mapToInt(String::length).max().orElse(0);

    private NameMatcher() {
    }

    static List<NameMatch> match(FieldDescription field) {
        List<String> name = Words.of(field.technicalName());
        List<String> title = Words.of(field.title());
        List<String> description = Words.of(field.description());
        String count = fieldAggregate(name, title, description);
        List<NameMatch> matches = new ArrayList<>();
        find(name, Source.TECHNICAL_NAME, count, matches);
        find(title, Source.TITLE, count, matches);
        find(description, Source.DESCRIPTION, count, matches);
        return matches;
    }

    /**
     * A field whose name or title has a word such as "aantal", or whose description starts with one, is a
     * figure about a group; then every term in it, also in the description, is about the group.
     */
    private static @Nullable String fieldAggregate(List<String> name, List<String> title, List<String> description) {
        for (List<String> words : List.of(name, title)) {
            for (String word : words) {
                if (NameTerms.AGGREGATE_WORDS.contains(word)) {
                    return word;
                }
            }
        }
        if (!description.isEmpty() && NameTerms.AGGREGATE_WORDS.contains(description.getFirst())) {
            return description.getFirst();
        }
        return null;
    }

    private static void find(List<String> words, Source source, @Nullable String count, List<NameMatch> out) {
        int size = words.size();
        boolean[] done = new boolean[size];
        markNotPersonal(words, done);
        boolean[] excluded = done.clone();
        for (int start = 0; start < size; start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < Math.min(size, start + MAX_PHRASE_WORDS) && !excluded[end]; end++) {
                joined.append(words.get(end));
                if (joined.length() > LONGEST_KEY) {
                    break;
                }
                List<Entry> entries = BY_KEY.get(joined.toString());
                if (entries == null) {
                    continue;
                }
                boolean wholeSource = start == 0 && end == size - 1;
                for (Entry entry : entries) {
                    if (wholeSource || !entry.term().alone()) {
                        out.add(matchAt(entry, NameMatch.Fit.WHOLE, "", words, start, end, source, count));
                    }
                }
                for (int i = start; i <= end; i++) {
                    done[i] = true;
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (!done[i]) {
                findInCompound(words, i, source, count, out);
            }
        }
    }

    /** "Postcode (4 cijfers)" is an area, not an address: such phrases are skipped before any term is sought. */
    private static void markNotPersonal(List<String> words, boolean[] excluded) {
        for (int start = 0; start < words.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < Math.min(words.size(), start + MAX_PHRASE_WORDS); end++) {
                joined.append(words.get(end));
                if (NOT_PERSONAL_KEYS.contains(joined.toString())) {
                    for (int i = start; i <= end; i++) {
                        excluded[i] = true;
                    }
                }
            }
        }
    }

    private static void findInCompound(List<String> words, int index, Source source, @Nullable String count,
            List<NameMatch> out) {
        String word = words.get(index);
        for (int length = MIN_COMPOUND_TERM; length < word.length(); length++) {
            String head = word.substring(0, length);
            String rest = word.substring(length);
            List<Entry> leading = BY_KEY.get(head);
            if (leading != null) {
                boolean inflected = INFLECTIONS.contains(rest);
                for (Entry entry : leading) {
                    if (!entry.term().alone()) {
                        out.add(matchAt(entry, inflected ? NameMatch.Fit.WHOLE : NameMatch.Fit.MODIFIER,
                                inflected ? "" : rest, words, index, index, source, count));
                    }
                }
            }
            String front = word.substring(0, word.length() - length);
            List<Entry> trailing = BY_KEY.get(word.substring(word.length() - length));
            if (trailing != null) {
                for (Entry entry : trailing) {
                    if (!entry.term().alone()) {
                        out.add(matchAt(entry, NameMatch.Fit.HEAD, front, words, index, index, source, count));
                    }
                }
            }
        }
    }

    private static NameMatch matchAt(Entry entry, NameMatch.Fit fit, String otherPart, List<String> words, int start,
            int end, Source source, @Nullable String count) {
        String aggregate = partWord(otherPart, NameTerms.AGGREGATE_WORDS);
        String owner = partWord(otherPart, NameTerms.OWNER_WORDS);
        String key = partWord(otherPart, NameTerms.KEY_WORDS);
        String negation = null;
        int from = Math.max(0, start - CONTEXT_WORDS);
        int to = Math.min(words.size() - 1, end + CONTEXT_WORDS);
        for (int i = from; i <= to; i++) {
            if (i >= start && i <= end) {
                continue;
            }
            String word = words.get(i);
            aggregate = aggregate != null || !NameTerms.AGGREGATE_WORDS.contains(word) ? aggregate : word;
            owner = owner != null || !NameTerms.OWNER_WORDS.contains(word) ? owner : word;
            key = key != null || !NameTerms.KEY_WORDS.contains(word) ? key : word;
            if (negation == null && i < start && i >= start - NEGATION_WORDS
                    && NameTerms.NEGATION_WORDS.contains(word)) {
                negation = word;
            }
        }
        return new NameMatch(entry.rule(), entry.term(), source, fit, aggregate != null ? aggregate : count, owner,
                key, negation);
    }

    /** The other half of a compound, also without the linking s ("bedrijfs|adres", "leeftijd|scategorie"). */
    private static @Nullable String partWord(String part, Set<String> listed) {
        if (part.isEmpty()) {
            return null;
        }
        if (listed.contains(part)) {
            return part;
        }
        if (part.endsWith("s") && listed.contains(part.substring(0, part.length() - 1))) {
            return part.substring(0, part.length() - 1);
        }
        if (part.startsWith("s") && listed.contains(part.substring(1))) {
            return part.substring(1);
        }
        return null;
    }

    private static Map<String, List<Entry>> index() {
        Map<String, List<Entry>> index = new HashMap<>();
        for (NameDetector rule : NameTerms.DETECTORS) {
            for (Term term : rule.terms()) {
                index.computeIfAbsent(term.key(), key -> new ArrayList<>()).add(new Entry(rule, term));
            }
        }
        index.replaceAll((key, entries) -> List.copyOf(entries));
        return Map.copyOf(index);
    }

    private static Set<String> keys(Set<String> phrases) {
        Set<String> keys = new HashSet<>();
        for (String phrase : phrases) {
            keys.add(String.join("", Words.of(phrase)));
        }
        return Set.copyOf(keys);
    }
}
