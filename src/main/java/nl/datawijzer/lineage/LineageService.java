package nl.datawijzer.lineage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads the lineage graph: the neighbourhood of a record for the picture, and impact analysis. */
@Service
public class LineageService {

    /**
     * The lineage around {@code focus} (a node id, see {@link LineageNode#id}) up to {@code depth} steps each way the
     * direction allows; with {@code fields} false only datasets, jobs, KPIs and needs (dataset level), with true also
     * the fields of the datasets shown and field-to-field derivations.
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public LineageView around(String focus, Direction direction, int depth, boolean fields) {
        throw new UnsupportedOperationException("LineageService.around is being built on branch lineagecore");
    }
}
