package nl.datawijzer.opendata;

import java.util.List;

/**
 * Published after the public store's open-data view changed (publish, republish, withdraw, rebuild), after commit:
 * the public index and every cache of public answers follow it.
 *
 * @param datasetSlugs the datasets that entered, changed or left the view; empty when the whole view was rebuilt
 */
public record OpenDataViewChangedEvent(List<String> datasetSlugs) {

    public OpenDataViewChangedEvent {
        datasetSlugs = List.copyOf(datasetSlugs);
    }
}
