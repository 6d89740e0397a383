package nl.datawijzer.catalog;

/**
 * One page of a list. {@code sort} names a sort key the list offers (see each service); bad values are
 * refused with a clear message instead of being ignored.
 */
public record PageRequest(int offset, int limit, String sort, boolean descending) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset moet 0 of groter zijn");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit moet tussen 1 en " + MAX_LIMIT + " liggen");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, "", false);
    }
}
