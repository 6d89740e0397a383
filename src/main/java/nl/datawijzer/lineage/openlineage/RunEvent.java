package nl.datawijzer.lineage.openlineage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One OpenLineage RunEvent, checked: only what the catalogue uses; unknown facets are left out. */
public record RunEvent(EventType eventType, OffsetDateTime eventTime, UUID runId, JobRef job, List<DatasetRef> inputs,
        List<DatasetRef> outputs, String producer) {

    public RunEvent {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** A job by namespace and name, with the description of its documentation facet if sent. */
    public record JobRef(String namespace, String name, @Nullable String description) {
        public String openLineageName() {
            return namespace + "/" + name;
        }
    }
}
