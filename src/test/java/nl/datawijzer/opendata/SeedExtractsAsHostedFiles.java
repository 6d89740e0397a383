package nl.datawijzer.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The seeded extracts ({@code catalog-seed/extracts/{dataset}.csv}) as the stored hosted files of the seeded CSV
 * distributions ({@code dataset/{dataset}/distribution/csv}), so the real gate service runs every rule on them.
 */
@TestConfiguration
public class SeedExtractsAsHostedFiles {

    @Bean
    @Primary
    HostedContents seedExtracts() {
        return new HostedContents() {
            @Override
            public Presence presence(String distributionIri) {
                return extract(distributionIri).isPresent() ? Presence.STORED : Presence.NOT_HOSTED;
            }

            @Override
            public Optional<byte[]> asCsv(String distributionIri) {
                return extract(distributionIri);
            }
        };
    }

    static Optional<byte[]> extract(String distributionIri) {
        String marker = "/distribution/csv";
        if (!distributionIri.endsWith(marker)) {
            return Optional.empty();
        }
        String dataset = distributionIri.substring(0, distributionIri.length() - marker.length());
        String slug = dataset.substring(dataset.lastIndexOf('/') + 1);
        try (InputStream in = SeedExtractsAsHostedFiles.class.getClassLoader()
                .getResourceAsStream("catalog-seed/extracts/" + slug + ".csv")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
