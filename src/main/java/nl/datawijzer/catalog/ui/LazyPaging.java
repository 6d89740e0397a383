package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.function.Function;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;

/**
 * Connects a grid to a paged service list. A column is sortable only when it names one of the service's
 * sort keys ({@link #sortableBy}); the grid's sort order is handed to the service as that key, so sorting
 * happens in SPARQL, never in memory.
 */
final class LazyPaging {

    private static final String SORT_KEY = "datawijzer.sortKey";

    private LazyPaging() {
    }

    /**
     * Loads the grid lazily from {@code source}: one call per page, one (small) call for the count. Call it
     * after adding the columns: columns not marked with {@link #sortableBy} are made unsortable, so the grid
     * never asks the service for a sort key it does not offer.
     */
    static <T> void load(Grid<T> grid, Function<PageRequest, Page<T>> source) {
        grid.getColumns().stream()
                .filter(c -> ComponentUtil.getData(c, SORT_KEY) == null)
                .forEach(c -> c.setSortable(false));
        grid.setItems(
                query -> source.apply(page(query)).items().stream(),
                query -> {
                    // The count query still has to read offset and limit, or Vaadin complains.
                    query.getOffset();
                    query.getLimit();
                    return (int) Math.min(Integer.MAX_VALUE, source.apply(PageRequest.first(1)).total());
                });
    }

    /** Makes a column sortable by the service's sort key {@code key}. */
    static <T> Grid.Column<T> sortableBy(Grid.Column<T> column, String key) {
        column.setSortProperty(key);
        column.setSortable(true);
        ComponentUtil.setData(column, SORT_KEY, key);
        return column;
    }

    /** The service page for a grid query: offset, limit (at most the service maximum) and the sort key. */
    static PageRequest page(Query<?, ?> query) {
        String sort = "";
        boolean descending = false;
        for (QuerySortOrder order : query.getSortOrders()) {
            sort = order.getSorted();
            descending = order.getDirection() == SortDirection.DESCENDING;
            break;
        }
        int limit = Math.max(1, Math.min(query.getLimit(), PageRequest.MAX_LIMIT));
        return new PageRequest(query.getOffset(), limit, sort, descending);
    }
}
