package nl.datawijzer.ui;

import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Small items in the header next to the language switch (such as a bell with unread notifications). Features contribute
 * them as {@link Contribution} beans, so the shell depends on no feature; the layout asks for fresh components at every
 * navigation, for the user signed in at that moment.
 */
@org.springframework.stereotype.Component
public class HeaderItems {

    private final List<Contribution> contributions;

    HeaderItems(ObjectProvider<Contribution> contributions) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(Contribution::order)).toList();
    }

    /** New components for the current user, in order; a contribution that has nothing for this user adds none. */
    public List<Component> create() {
        return contributions.stream().map(Contribution::create).flatMap(Optional::stream).toList();
    }

    /** Implemented by each feature that shows something in the header. */
    public interface Contribution {

        /** A new component for the signed-in user, or empty when this user gets none (e.g. a visitor). */
        Optional<Component> create();

        /** Place from left to right; lower first. */
        default int order() {
            return 0;
        }
    }
}
