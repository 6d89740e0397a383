package nl.datawijzer.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.internal.CandidateRepository;
import nl.datawijzer.privacy.InheritedClassificationService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The gate as it runs once the hosting feature serves files: the seeded extracts ({@code catalog-seed/extracts}) are
 * the hosted files of the seeded CSV distributions, so the small-cell and value scans have something to read. Every
 * rule still runs; nothing is skipped.
 */
@TestConfiguration
public class SeedExtractsAsHostedFiles {

    @Bean
    @Primary
    GateService gateWithSeedExtracts(CandidateRepository candidates, InheritedClassificationService inherited) {
        return new ExtractsGate(candidates, inherited);
    }

    static class ExtractsGate extends GateService {
        private final CandidateRepository candidates;
        private final PublicationGate gate = new PublicationGate();

        ExtractsGate(CandidateRepository candidates, InheritedClassificationService inherited) {
            super(candidates, inherited);
            this.candidates = candidates;
        }

        @Override
        public Optional<GateReport> check(DatasetId dataset) {
            return candidates.find(dataset).map(candidate -> withInherited(dataset, candidate))
                    .map(SeedExtractsAsHostedFiles::withExtract).map(gate::check);
        }
    }

    static PublicationCandidate withExtract(PublicationCandidate candidate) {
        Optional<PublicationCandidate.Distribution> csv = candidate.distributions().stream()
                .filter(d -> d.accessUrl().endsWith("/" + candidate.slug() + ".csv")).findFirst();
        if (csv.isEmpty()) {
            return candidate;
        }
        try (InputStream in = SeedExtractsAsHostedFiles.class.getClassLoader()
                .getResourceAsStream("catalog-seed/extracts/" + candidate.slug() + ".csv")) {
            return in == null ? candidate : candidate.withHostedFile(csv.get().iri(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
