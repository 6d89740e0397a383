package nl.datawijzer.lineage.openlineage;

import java.util.List;
import nl.datawijzer.lineage.openlineage.internal.DiscoveredRepository;
import nl.datawijzer.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The datasets OpenLineage events named that were not in the catalogue yet, for stewards to review. */
@Service
public class DiscoveredDatasets {

    private final DiscoveredRepository repository;

    DiscoveredDatasets(DiscoveredRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize("hasRole('" + Role.BEHEERDER_NAME + "')")
    public List<DiscoveredDataset> list() {
        return repository.list();
    }
}
