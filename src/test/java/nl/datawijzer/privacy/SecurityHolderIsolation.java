package nl.datawijzer.privacy;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every application context that starts sets Spring Security's global context holder to a Vaadin-aware holder of its
 * own. The transparency tests start contexts of their own (their own catalog); a later test class that reuses a cached
 * context would then set its mock user in that context's holder while the services read the global one, and see nobody
 * signed in. This extension puts back, after the class, the holder that was global before it.
 */
public final class SecurityHolderIsolation implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecurityHolderIsolation.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // The test class's application context is loaded later, when its first test instance is prepared.
        context.getStore(NAMESPACE).put("holder", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy before = context.getStore(NAMESPACE).get("holder", SecurityContextHolderStrategy.class);
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
