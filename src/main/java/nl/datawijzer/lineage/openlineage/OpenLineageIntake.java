package nl.datawijzer.lineage.openlineage;

import nl.datawijzer.lineage.openlineage.internal.EventWriter;
import org.springframework.stereotype.Service;

/**
 * Takes one checked RunEvent into the catalogue in one validated store write. Who may call it is decided by the
 * intake's own filter chain (an API token); there is no portal user behind a call, so no {@code @PreAuthorize}.
 */
@Service
public class OpenLineageIntake {

    private final EventWriter writer;

    OpenLineageIntake(EventWriter writer) {
        this.writer = writer;
    }

    /**
     * @throws nl.datawijzer.rdf.WriteRefusedException when the result would not conform to the shapes; nothing is written
     */
    public IntakeResult receive(RunEvent event) {
        return writer.write(event);
    }
}
