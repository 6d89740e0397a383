package nl.datawijzer.privacy.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a sample file: its header, the first {@value SampleValues#MAX_CHECKED} non-empty values and
 * how many it had in all. Identity equality on purpose: two columns are never the same column.
 */
final class SampleColumn {

    private final String name;
    private final int position;
    private final List<String> values = new ArrayList<>();
    private int filled;

    SampleColumn(String name, int position) {
        this.name = name;
        this.position = position;
    }

    void add(String value) {
        if (SampleValues.isEmpty(value)) {
            return;
        }
        filled++;
        if (values.size() < SampleValues.MAX_CHECKED) {
            values.add(value.strip());
        }
    }

    String name() {
        return name;
    }

    int position() {
        return position;
    }

    List<String> values() {
        return List.copyOf(values);
    }

    /** Non-empty values in the whole file, also those beyond the ones kept. */
    int filled() {
        return filled;
    }

    /** Without the values: this may end up in a log. */
    @Override
    public String toString() {
        return "SampleColumn[" + position + " " + name + ", filled=" + filled + "]";
    }
}
