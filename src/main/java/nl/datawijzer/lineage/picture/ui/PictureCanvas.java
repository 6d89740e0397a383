package nl.datawijzer.lineage.picture.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Holds the server-drawn SVG. It goes in as the inner HTML of a div, so the browser parses it as inline SVG (an
 * element created for the {@code svg} tag itself would land in the HTML namespace and not draw). The SVG is built
 * entirely by {@code LineagePicture}, which escapes every text from the catalog.
 */
public final class PictureCanvas extends Div {

    PictureCanvas(String id) {
        setId(id);
        addClassName("lp-canvas");
        // scrollable by keyboard too
        getElement().setAttribute("tabindex", "0");
    }

    void show(String svg) {
        getElement().setProperty("innerHTML", svg);
    }

    /** The SVG shown, for tests. */
    public String svg() {
        return getElement().getProperty("innerHTML", "");
    }

    void zoom(int percent) {
        getStyle().set("--lp-zoom", String.valueOf(percent / 100.0));
    }
}
