package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;

/** A picture for each kind of personal data (codes of {@code dwv:persoonsgegevens}), so the page can be scanned. */
final class CategoryIcons {

    private static final Map<String, VaadinIcon> ICONS = Map.ofEntries(
            Map.entry("naw", VaadinIcon.ENVELOPE),
            Map.entry("financieel", VaadinIcon.EURO),
            Map.entry("persoonskenmerken", VaadinIcon.USER),
            Map.entry("fysiek", VaadinIcon.MALE),
            Map.entry("leefgewoonten", VaadinIcon.COFFEE),
            Map.entry("psychisch", VaadinIcon.SMILEY_O),
            Map.entry("gezinssamenstelling", VaadinIcon.FAMILY),
            Map.entry("huisvesting", VaadinIcon.HOME),
            Map.entry("gezondheid", VaadinIcon.DOCTOR),
            Map.entry("opleiding", VaadinIcon.ACADEMY_CAP),
            Map.entry("beroep", VaadinIcon.BRIEFCASE),
            Map.entry("nationaal-identificatienummer", VaadinIcon.USER_CARD),
            Map.entry("beeld", VaadinIcon.CAMERA),
            Map.entry("geluid", VaadinIcon.MICROPHONE),
            Map.entry("locatie", VaadinIcon.MAP_MARKER),
            Map.entry("strafrechtelijk", VaadinIcon.GAVEL));

    private CategoryIcons() {
    }

    /** Categories added to the list later get a neutral document icon until they are given their own. */
    static VaadinIcon of(String code) {
        return ICONS.getOrDefault(code, VaadinIcon.FILE_TEXT_O);
    }
}
