package nl.datawijzer.privacy;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every application context that starts sets Spring Security's global context holder to a Vaadin-aware holder of its
 * own. The transparency tests start contexts of their own (their own catalog); when a later test class reuses a cached
 * context of the default kind, its mock user would be set in that context's holder while the services read the global
 * one, and they would see nobody signed in. So these tests put back the holder that was there before them.
 */
public final class SecurityHolderIsolation {

    private static SecurityContextHolderStrategy before;

    private SecurityHolderIsolation() {
    }

    /** Call just before the own context starts (from its {@code @DynamicPropertySource}). */
    public static synchronized void remember() {
        if (before == null) {
            before = SecurityContextHolder.getContextHolderStrategy();
        }
    }

    /** Call after the test class ({@code @AfterAll}). */
    public static synchronized void restore() {
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
