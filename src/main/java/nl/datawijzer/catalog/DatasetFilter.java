package nl.datawijzer.catalog;

import org.jspecify.annotations.Nullable;

/** Filters the datasets list. Empty text and null/empty values mean "all". */
public record DatasetFilter(String text, @Nullable SystemId system, String themeIri) {
    public static final DatasetFilter NONE = new DatasetFilter("", null, "");

    public DatasetFilter {
        text = text == null ? "" : text.strip();
        themeIri = themeIri == null ? "" : themeIri;
    }

    public static DatasetFilter ofSystem(SystemId system) {
        return new DatasetFilter("", system, "");
    }
}
