package nl.datawijzer.opendata.dcatimport;

import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.SystemId;

/**
 * Where imported datasets go: the system that holds them (an external source such as {@code cbs-statline}), and the
 * owner and steward every catalog dataset needs (a new dataset gets them; an existing one keeps its own).
 */
public record ImportTarget(SystemId system, AgentId owner, AgentId steward) {
}
