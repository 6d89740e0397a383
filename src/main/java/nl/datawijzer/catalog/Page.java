package nl.datawijzer.catalog;

import java.util.List;

/** One page of results and the total number that match the filter. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
