package nl.datawijzer.quality.ui;

/** The quality pages' addresses, for links from other features. */
public final class QualityRoutes {

    static final String OVERVIEW = "kwaliteit";
    static final String DATASET = "kwaliteit/dataset/:slug";
    static final String SYSTEM = "kwaliteit/systeem/:slug";
    static final String ALERTS = "kwaliteit/signalen";

    private QualityRoutes() {
    }

    /** The quality page of a dataset, relative to the portal's base. */
    public static String dataset(String slug) {
        return "kwaliteit/dataset/" + slug;
    }

    /** The quality page of a system, relative to the portal's base. */
    public static String system(String slug) {
        return "kwaliteit/systeem/" + slug;
    }
}
