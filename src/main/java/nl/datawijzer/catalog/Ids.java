package nl.datawijzer.catalog;

import java.util.regex.Pattern;

/** Checks shared by the typed ids: lowercase letters, digits and hyphens, starting with a letter. */
final class Ids {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,79}");

    private Ids() {
    }

    static String checked(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidIdException(slug);
        }
        return slug;
    }

    static boolean valid(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }
}
