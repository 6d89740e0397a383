package nl.datawijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Ranking quality on the Huizen seed: a judged set of Dutch queries as staff and the privacy officer type
 * them (src/test/resources/search/judged-queries.tsv), each with the hits that would answer it. The mean
 * reciprocal rank over the top 10 must stay at 0.8 or more, so a ranking change that helps one query but
 * pushes the right data down for others is caught.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS) // a fresh store: the pristine seed
@WithMockUser(roles = "MEDEWERKER")
class RelevanceIT {

    private static final String JUDGED = "/search/judged-queries.tsv";
    private static final int TOP = 10;

    @Autowired SearchService search;

    @Test
    void judgedDutchQueriesFindTheRightDataWithMrrOfAtLeast08() throws IOException {
        List<Judged> judged = judgedQueries();
        assertThat(judged).as("judged queries in " + JUDGED).hasSizeGreaterThanOrEqualTo(30);

        List<String> misses = new ArrayList<>();
        double sum = 0;
        StringBuilder table = new StringBuilder(String.format("%n%-42s %4s  %6s  %s%n", "query", "rank", "RR", "top 3"));
        for (Judged q : judged) {
            List<String> ids = search.search(new SearchRequest(q.query(), Map.of(), 0, TOP)).hits().stream()
                    .map(SearchHit::id).toList();
            int rank = rank(ids, q.acceptable());
            double rr = rank == 0 ? 0 : 1.0 / rank;
            sum += rr;
            if (rank != 1) {
                misses.add(q.query() + " -> " + (rank == 0 ? "not in top " + TOP : "rank " + rank));
            }
            table.append(String.format("%-42s %4s  %6.3f  %s%n", q.query(), rank == 0 ? "-" : rank, rr,
                    String.join(", ", ids.subList(0, Math.min(3, ids.size())))));
        }
        double mrr = sum / judged.size();
        table.append(String.format("MRR over %d queries: %.3f%n", judged.size(), mrr));
        System.out.print(table);

        assertThat(mrr).as("MRR over %d judged queries; not first: %s", judged.size(), misses)
                .isGreaterThanOrEqualTo(0.8);
    }

    /** 1-based rank of the first acceptable id, 0 when none is in the list. */
    private static int rank(List<String> ids, List<String> acceptable) {
        for (int i = 0; i < ids.size(); i++) {
            if (acceptable.contains(ids.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Judged> judgedQueries() throws IOException {
        List<Judged> judged = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(RelevanceIT.class.getResourceAsStream(JUDGED), JUDGED);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).as("query, ids and note in: " + line).hasSize(3);
                List<String> ids = Arrays.stream(columns[1].split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
                assertThat(ids).as("acceptable ids in: " + line).isNotEmpty();
                judged.add(new Judged(columns[0].strip(), ids, columns[2].strip()));
            }
        }
        return judged;
    }

    private record Judged(String query, List<String> acceptable, String why) {
    }
}
