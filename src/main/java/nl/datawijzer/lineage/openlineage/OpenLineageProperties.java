package nl.datawijzer.lineage.openlineage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the OpenLineage intake ({@code datawijzer.openlineage.*}).
 *
 * @param maxEventBytes largest request body accepted; a larger one is refused while reading (413)
 * @param discoveredSystem slug of the system that discovered datasets and jobs are recorded in until a steward moves them
 * @param discoveredOwner slug of the agent that owns and stewards discovered datasets until a steward reassigns them
 * @param maxBatch most events that concurrent requests share in one store write (group commit); 1 writes each alone
 */
@ConfigurationProperties("datawijzer.openlineage")
public record OpenLineageProperties(@DefaultValue("1048576") int maxEventBytes,
        @DefaultValue("etl-platform") String discoveredSystem,
        @DefaultValue("team-informatiemanagement-bi") String discoveredOwner,
        @DefaultValue("100") int maxBatch) {

    public OpenLineageProperties {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("datawijzer.openlineage.max-batch must be at least 1: " + maxBatch);
        }
    }
}
