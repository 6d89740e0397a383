package nl.datawijzer.privacy;

import java.util.List;

/**
 * One system on the public page "Waar ben ik bekend?": its public name and description, the kinds of personal data
 * about residents it holds and what the processing register says about them. Built from concept labels and register
 * texts only, so no field's name, title, description or example can reach it.
 *
 * @param id          the system's identifier (slug), for links within the page
 * @param name        the system's public name
 * @param description the system's public description
 * @param categories  the kinds of personal data: of its personal-data fields and of its registered activities
 * @param processing  the registered activities about residents; empty when none is known
 * @param registered  whether the register describes any of it (false: "geen verwerkingsregistratie bekend")
 */
public record SystemTransparency(String id, String name, String description, List<DataCategory> categories,
        List<Processing> processing, boolean registered) {

    public SystemTransparency {
        categories = List.copyOf(categories);
        processing = List.copyOf(processing);
        if (registered == processing.isEmpty()) {
            throw new IllegalArgumentException("registered must say whether there is any processing");
        }
    }

    public SystemTransparency(String id, String name, String description, List<DataCategory> categories,
            List<Processing> processing) {
        this(id, name, description, categories, processing, !processing.isEmpty());
    }

    /** Whether the system holds this kind of personal data. */
    public boolean holds(String categoryCode) {
        return categories.stream().anyMatch(c -> c.code().equals(categoryCode));
    }

    public boolean holdsSpecialCategory() {
        return categories.stream().anyMatch(DataCategory::special);
    }
}
