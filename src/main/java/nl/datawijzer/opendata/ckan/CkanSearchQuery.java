package nl.datawijzer.opendata.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code package_search} request, checked: {@code q} free text (empty or {@code *:*} for all), {@code fq} filters on
 * the facet fields (AND-ed; {@code -field:value} excludes; values may be quoted), {@code rows} (default 10, above
 * {@value #MAX_ROWS} cut to it as CKAN does), {@code start}, {@code sort} (a list of {@code field asc|desc}) and the
 * facet fields to count with {@code facet.limit} values each (-1: all).
 */
public record CkanSearchQuery(String q, List<Filter> filters, int rows, int start, List<SortKey> sort,
        List<String> facetFields, int facetLimit) {

    public static final int DEFAULT_ROWS = 10;
    public static final int MAX_ROWS = 1000;
    public static final int DEFAULT_FACET_LIMIT = 50;
    public static final String DEFAULT_SORT = "score desc, metadata_modified desc";
    public static final int MAX_Q = 1000;
    /** The fields {@code fq} and {@code facet.field} take, in the order CKAN's own search page shows them. */
    public static final List<String> FACET_FIELDS = List.of("organization", "groups", "tags", "res_format", "license_id");
    public static final Set<String> SORT_FIELDS = Set.of("score", "metadata_modified", "metadata_created", "title_string", "name");
    /** Filters CKAN clients add out of habit; every published package matches them. */
    private static final Set<String> ALWAYS_TRUE = Set.of("dataset_type:dataset", "type:dataset", "state:active",
            "capacity:public", "private:false");

    private static final java.util.regex.Pattern Q_FIELD = java.util.regex.Pattern.compile(
            "(?<![\\w:])([+-]?)(organization|groups|tags|res_format|license_id):(?:\"([^\"]*)\"|(\\S+))");

    public CkanSearchQuery {
        filters = List.copyOf(filters);
        sort = List.copyOf(sort);
        facetFields = List.copyOf(facetFields);
    }

    public record Filter(String field, String value, boolean exclude) {
    }

    public record SortKey(String field, boolean descending) {
    }

    public boolean matchesAll() {
        return q.isBlank() || q.strip().equals("*:*");
    }

    public static CkanSearchQuery from(CkanParameters p) {
        String q = p.text("q", "");
        if (q.length() > MAX_Q) {
            throw CkanException.invalid("q", "De zoekvraag is te lang: hoogstens " + MAX_Q + " tekens.");
        }
        List<Filter> filters = new ArrayList<>(filters(p.text("fq", "")));
        // Clients also put field:value in q (q=tags:wmo); Solr would filter on it, so do the same.
        java.util.regex.Matcher inQ = Q_FIELD.matcher(q);
        StringBuilder words = new StringBuilder();
        while (inQ.find()) {
            filters.add(new Filter(inQ.group(2), inQ.group(3) != null ? inQ.group(3) : inQ.group(4), inQ.group(1).equals("-")));
            inQ.appendReplacement(words, " ");
        }
        inQ.appendTail(words);
        q = words.toString();
        int rows = Math.min(MAX_ROWS, p.integer("rows", DEFAULT_ROWS, 0));
        int start = p.integer("start", 0, 0);
        List<SortKey> sort = sort(p.text("sort", DEFAULT_SORT));
        List<String> facetFields = p.list("facet.field");
        for (String field : facetFields) {
            if (!FACET_FIELDS.contains(field)) {
                throw CkanException.invalid("facet.field", "Onbekend facetveld '" + field + "'; kies uit "
                        + String.join(", ", FACET_FIELDS) + ".");
            }
        }
        int facetLimit = p.integer("facet.limit", DEFAULT_FACET_LIMIT, -1);
        return new CkanSearchQuery(q.strip(), filters, rows, start, sort, facetFields, facetLimit);
    }

    /** {@code field:value field:"two words" -field:value}, optionally joined with AND or prefixed with +. */
    static List<Filter> filters(String fq) {
        List<Filter> filters = new ArrayList<>();
        int i = 0;
        int n = fq.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(fq.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (fq.startsWith("AND", i) && (i + 3 == n || Character.isWhitespace(fq.charAt(i + 3)))) {
                i += 3;
                continue;
            }
            boolean exclude = false;
            if (fq.charAt(i) == '+' || fq.charAt(i) == '-') {
                exclude = fq.charAt(i) == '-';
                i++;
            }
            int colon = fq.indexOf(':', i);
            if (colon <= i) {
                throw CkanException.invalid("fq", "fq verwacht veld:waarde, bijvoorbeeld groups:soci of res_format:CSV.");
            }
            String field = fq.substring(i, colon);
            i = colon + 1;
            String value;
            if (i < n && fq.charAt(i) == '"') {
                int end = fq.indexOf('"', i + 1);
                if (end < 0) {
                    throw CkanException.invalid("fq", "In fq ontbreekt een afsluitend aanhalingsteken.");
                }
                value = fq.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(fq.charAt(end))) {
                    end++;
                }
                value = fq.substring(i, end);
                i = end;
            }
            if (value.isEmpty()) {
                throw CkanException.invalid("fq", "In fq heeft '" + field + "' geen waarde.");
            }
            if (ALWAYS_TRUE.contains(field + ":" + value) && !exclude) {
                continue;
            }
            if (!FACET_FIELDS.contains(field)) {
                throw CkanException.invalid("fq", "Onbekend veld '" + field + "' in fq; kies uit "
                        + String.join(", ", FACET_FIELDS) + ".");
            }
            filters.add(new Filter(field, value, exclude));
        }
        return filters;
    }

    static List<SortKey> sort(String sort) {
        List<SortKey> keys = new ArrayList<>();
        for (String part : sort.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                continue;
            }
            String field = words[0];
            String direction = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (!SORT_FIELDS.contains(field) || words.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw CkanException.invalid("sort", "Ongeldige sortering '" + part.strip() + "'; gebruik bijvoorbeeld "
                        + "'score desc, metadata_modified desc', 'title_string asc' of 'name asc'.");
            }
            keys.add(new SortKey(field, direction.equals("desc")));
        }
        return keys.isEmpty() ? sort(DEFAULT_SORT) : keys;
    }

    /** The sort as CKAN echoes it in the result. */
    public String sortText() {
        return String.join(", ", sort.stream().map(k -> k.field() + (k.descending() ? " desc" : " asc")).toList());
    }
}
