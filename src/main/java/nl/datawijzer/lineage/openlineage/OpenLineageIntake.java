package nl.datawijzer.lineage.openlineage;

import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.lineage.openlineage.internal.EventWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes one checked RunEvent into the catalogue in one validated store write. Who may call it is decided by the
 * intake's own filter chain (an API token); there is no portal user behind a call, so no {@code @PreAuthorize}.
 */
@Service
public class OpenLineageIntake {

    private final EventWriter writer;
    private final ApplicationEventPublisher events;

    OpenLineageIntake(EventWriter writer, ApplicationEventPublisher events) {
        this.writer = writer;
        this.events = events;
    }

    /**
     * @throws nl.datawijzer.rdf.WriteRefusedException when the result would not conform to the shapes; nothing is written
     */
    public IntakeResult receive(RunEvent event) {
        IntakeResult result = writer.write(event);
        // After the commit, as every catalogue write: search indexes and the publication gate follow.
        result.createdDatasets().forEach(slug ->
                events.publishEvent(new CatalogChangedEvent("dataset", slug, CatalogChangedEvent.Change.CREATED)));
        result.updatedDatasets().forEach(slug ->
                events.publishEvent(new CatalogChangedEvent("dataset", slug, CatalogChangedEvent.Change.UPDATED)));
        return result;
    }
}
