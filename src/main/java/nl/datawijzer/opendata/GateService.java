package nl.datawijzer.opendata;

import java.util.List;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.internal.CandidateRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The publication gate on a dataset of the catalog: reads everything the rules need (the record, what its fields
 * inherit along lineage, its hosted files, whether its distributions answer) and runs every {@link GateRule}.
 * Staff may look; the publication workflow calls it before it proposes, approves or keeps a dataset public.
 */
@Service
public class GateService {

    private final CandidateRepository candidates;
    private final HostedContents hosted;
    private final PublicationGate gate = new PublicationGate();

    GateService(CandidateRepository candidates, HostedContents hosted) {
        this.candidates = candidates;
        this.hosted = hosted;
    }

    /** The rules, in the order they are shown. */
    public List<GateRule> rules() {
        return gate.rules();
    }

    /** The gate's report on the dataset, or empty when there is no such dataset. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Optional<GateReport> check(DatasetId dataset) {
        return candidates.find(dataset).map(this::withHostedFiles).map(gate::check);
    }

    /** The candidate with the contents of every file the municipality hosts for it, for the value and cell scans. */
    private PublicationCandidate withHostedFiles(PublicationCandidate candidate) {
        PublicationCandidate result = candidate;
        for (PublicationCandidate.Distribution distribution : candidate.distributions()) {
            Optional<byte[]> csv = hosted.asCsv(distribution.iri());
            if (csv.isPresent()) {
                result = result.withHostedFile(distribution.iri(), csv.get());
            }
        }
        return result;
    }
}
