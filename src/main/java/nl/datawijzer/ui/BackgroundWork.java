package nl.datawijzer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Long work started from a view: it runs on a virtual thread under the user's own sign-in (services check the role
 * again), and reports back to the page while it is still open.
 */
public final class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private BackgroundWork() {
    }

    /** Starts {@code work} with the current user's security context. */
    public static void start(String threadName, Runnable work) {
        Thread.ofVirtual().name(threadName)
                .start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    /** Updates the page; the user may have left it, and the work still completes. */
    public static void update(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("Page closed while background work was running");
        }
    }
}
