package nl.datawijzer.privacy;

import java.util.List;

/**
 * The public page "Waar ben ik bekend?" as data: every system that holds personal data about residents, every kind of
 * personal data that occurs among them (for the filter and the legend) and where to ask for one's own data.
 */
public record TransparencyOverview(List<SystemTransparency> systems, List<DataCategory> categories,
        InspectionContact inspection) {

    public TransparencyOverview {
        systems = List.copyOf(systems);
        categories = List.copyOf(categories);
    }

    /** The systems that hold the given kind of data; all systems for an empty code. */
    public List<SystemTransparency> holding(String categoryCode) {
        return categoryCode.isEmpty() ? systems : systems.stream().filter(s -> s.holds(categoryCode)).toList();
    }
}
