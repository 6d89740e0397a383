package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.opendata.PublicationCandidate.Distribution;
import nl.datawijzer.opendata.PublicationCandidate.Field;
import nl.datawijzer.opendata.PublicationCandidate.Reachability;
import nl.datawijzer.opendata.internal.CandidateRepository;
import nl.datawijzer.opendata.internal.DistributionProbe;
import nl.datawijzer.privacy.FieldInheritance;
import nl.datawijzer.privacy.InheritedClassificationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The publication gate on a dataset of the catalog: reads everything the rules need (the record, what its fields
 * inherit along lineage, its hosted files, whether its distributions answer, its DCAT-AP-NL conformance) and runs
 * every {@link GateRule}. Staff may look; the publication workflow calls it before it proposes, approves or keeps a
 * dataset public.
 */
@Service
public class GateService {

    private final CandidateRepository candidates;
    private final InheritedClassificationService inheritance;
    private final DistributionProbe probe;
    private final HostedContents hosted;
    private final PublicationGate gate = new PublicationGate();

    GateService(CandidateRepository candidates, InheritedClassificationService inheritance, DistributionProbe probe,
            HostedContents hosted) {
        this.candidates = candidates;
        this.inheritance = inheritance;
        this.probe = probe;
        this.hosted = hosted;
    }

    /** The rules, in the order they are shown. */
    public List<GateRule> rules() {
        return gate.rules();
    }

    /** The gate's report on the dataset, or empty when there is no such dataset. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Optional<GateReport> check(DatasetId dataset) {
        return candidates.find(dataset).map(candidate -> gate.check(gather(dataset, candidate)));
    }

    private PublicationCandidate gather(DatasetId dataset, PublicationCandidate candidate) {
        Map<FieldId, FieldInheritance> inherited = inheritance.dataset(dataset);
        List<Field> fields = candidate.fields().stream().map(field -> {
            FieldInheritance fieldInheritance = inherited.get(new FieldId(dataset, lastSegment(field.iri())));
            if (fieldInheritance == null || !fieldInheritance.inherits()) {
                return field;
            }
            return field.inheriting(fieldInheritance.sources().stream()
                    .map(source -> source.sourceField().datasetTitle() + " › " + source.sourceField().title())
                    .distinct().toList());
        }).toList();
        List<Distribution> distributions = new ArrayList<>();
        for (Distribution distribution : candidate.distributions()) {
            HostedContents.Presence presence = hosted.presence(distribution.iri());
            Distribution checked = distribution.withReachability(switch (presence) {
                case STORED -> new Reachability(true, "bestand opgeslagen en ongewijzigd", "file stored and unchanged");
                case MISSING -> new Reachability(false, "bestand ontbreekt of is gewijzigd", "file missing or altered");
                case NOT_HOSTED -> probe.probe(distribution.accessUrl());
            });
            if (presence == HostedContents.Presence.STORED) {
                Optional<byte[]> csv = hosted.asCsv(distribution.iri());
                if (csv.isPresent()) {
                    checked = checked.withHostedCsv(csv.get());
                }
            }
            distributions.add(checked);
        }
        return candidate.with(fields, distributions).withDcatViolations(candidates.dcatViolations(dataset));
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
