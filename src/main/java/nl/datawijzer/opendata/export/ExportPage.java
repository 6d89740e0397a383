package nl.datawijzer.opendata.export;

/**
 * What one page of the export held: page numbers start at 1, {@code totalPages} is at least 1 (an empty catalog is
 * one empty page).
 */
public record ExportPage(int page, int pageSize, long totalDatasets, int datasetsOnPage) {

    public ExportPage {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Paginanummer en paginagrootte beginnen bij 1.");
        }
    }

    public int totalPages() {
        return (int) Math.max(1, (totalDatasets + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
