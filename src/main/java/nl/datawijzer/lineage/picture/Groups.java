package nl.datawijzer.lineage.picture;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which systems the reader opened or closed. A system named in neither set follows the default: open while the picture
 * is small ({@link LineagePicture#COLLAPSE_ABOVE} nodes or fewer), closed beyond that, except the focus's own system
 * when that one is small enough, so a big picture starts as a readable overview around the focus.
 */
public record Groups(Set<String> expanded, Set<String> collapsed) {

    public Groups {
        expanded = Set.copyOf(expanded);
        collapsed = Set.copyOf(collapsed);
    }

    public static Groups byDefault() {
        return new Groups(Set.of(), Set.of());
    }

    /** The reader's choices after opening ({@code open} true) or closing one system. */
    public Groups toggle(String system, boolean open) {
        Set<String> ex = new LinkedHashSet<>(expanded);
        Set<String> co = new LinkedHashSet<>(collapsed);
        if (open) {
            co.remove(system);
            ex.add(system);
        } else {
            ex.remove(system);
            co.add(system);
        }
        return new Groups(ex, co);
    }

    boolean isOpen(String system, int viewSize, int systemSize, @Nullable String focusSystem) {
        if (expanded.contains(system)) {
            return true;
        }
        if (collapsed.contains(system)) {
            return false;
        }
        if (viewSize <= LineagePicture.COLLAPSE_ABOVE) {
            return true;
        }
        return system.equals(focusSystem) && systemSize <= LineagePicture.COLLAPSE_ABOVE;
    }
}
