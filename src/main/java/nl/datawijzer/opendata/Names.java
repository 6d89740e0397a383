package nl.datawijzer.opendata;

import java.util.List;

/** How explanations list what failed: a readable prefix of the names, with the rest counted. */
final class Names {

    static final int SHOWN = 10;

    private Names() {
    }

    static String nl(List<String> names) {
        return join(names, "en", "nog");
    }

    static String en(List<String> names) {
        return join(names, "and", "more");
    }

    private static String join(List<String> names, String and, String more) {
        if (names.size() > SHOWN) {
            List<String> shown = names.subList(0, SHOWN);
            return String.join(", ", shown) + " " + and + " "
                    + ("en".equals(and) ? more + " " + (names.size() - SHOWN) : (names.size() - SHOWN) + " " + more);
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.getLast();
    }
}
