package nl.datawijzer.needs;

import nl.datawijzer.needs.internal.NeedRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The figures of the needs overview, for all staff: counts and lead times over every need and its history. */
@Service
public class NeedStatistics {

    private final NeedRepository repository;

    NeedStatistics(NeedRepository repository) {
        this.repository = repository;
    }

    /** Computed afresh from the store at each call: a handful of queries, not one per need. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public NeedStatisticsReport report() {
        return NeedStatisticsReport.of(repository.all(), repository.histories());
    }
}
