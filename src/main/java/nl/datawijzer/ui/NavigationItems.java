package nl.datawijzer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Comparator;
import java.util.List;


/**
 * The navigation menu. Features contribute their top-level views as {@link Contribution} beans; the order
 * is by {@link Item#order()}.
 */
@org.springframework.stereotype.Component
public class NavigationItems {

    private final List<Item> items;

    NavigationItems(List<Contribution> contributions) {
        this.items = contributions.stream().flatMap(c -> c.items().stream())
                .sorted(Comparator.comparingInt(Item::order)).toList();
    }

    public List<Item> all() {
        return items;
    }

    /** A menu entry: the view, its translation key, an icon and a place in the order. */
    public record Item(Class<? extends Component> view, String labelKey, VaadinIcon icon, int order) {
    }

    /** Implemented by each feature that has views in the menu. */
    public interface Contribution {
        List<Item> items();
    }
}
