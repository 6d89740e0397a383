package nl.datawijzer.needs.ui;

import nl.datawijzer.needs.NeedId;

/**
 * The addresses of the information-need pages, in one place so every view links the same way. The need page's
 * parameter is constrained to the form of a {@link NeedId}, so the fixed pages below never match it.
 */
final class NeedRoutes {

    /** Mijn informatiebehoeften. */
    static final String MINE = "behoeften";
    /** The guided form for a new need. */
    static final String NEW = "behoeften/nieuw";
    /** The need page: {@code behoeften/n0123456789ab}. */
    static final String PAGE = "behoeften/:id(n[0-9a-f]{12})";
    /** The guided form for the requester's own draft. */
    static final String EDIT = "behoeften/:id(n[0-9a-f]{12})/bewerken";
    /** The analysts' board by step. */
    static final String BOARD = "behoeften/bord";
    /** Counts and lead times as charts. */
    static final String OVERVIEW = "behoeften/overzicht";
    /** The signed-in user's notifications about needs. */
    static final String NOTIFICATIONS = "behoeften/meldingen";

    private NeedRoutes() {
    }

    static String page(NeedId id) {
        return "behoeften/" + id.value();
    }

    static String edit(NeedId id) {
        return "behoeften/" + id.value() + "/bewerken";
    }
}
