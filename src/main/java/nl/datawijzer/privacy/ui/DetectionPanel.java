package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datawijzer.privacy.DetectionService;
import nl.datawijzer.privacy.DetectionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the detectors over the whole catalogue in the background (under the FG's own sign-in; the service checks
 * the role again) with a progress bar; the page polls while it runs.
 */
class DetectionPanel extends Composite<HorizontalLayout> {

    private static final Logger log = LoggerFactory.getLogger(DetectionPanel.class);
    private static final int POLL_MILLIS = 500;

    private final DetectionService detection;
    private final Runnable onDone;
    final Button run = new Button();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span status = new Span();

    DetectionPanel(DetectionService detection, Runnable onDone) {
        this.detection = detection;
        this.onDone = onDone;
        run.setText(getTranslation("privacy.detection.run"));
        run.setId("detection-run");
        run.addClickListener(e -> start());
        progress.setVisible(false);
        progress.setWidth("12rem");
        status.setId("detection-status");
        status.getElement().setAttribute("aria-live", "polite");
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().add(run, progress, status);
    }

    private void start() {
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("privacy.detection.running", 0));
        ui.setPollInterval(POLL_MILLIS);
        Runnable work = () -> {
            AtomicInteger shown = new AtomicInteger(-1);
            try {
                DetectionSummary summary = detection.detectAll(percent -> {
                    if (shown.getAndSet(percent) != percent) {
                        update(ui, () -> {
                            progress.setValue(Math.clamp(percent, 0, 100));
                            status.setText(getTranslation("privacy.detection.running", percent));
                        });
                    }
                });
                update(ui, () -> finished(getTranslation("privacy.detection.done", summary.fieldsChecked(),
                        summary.fieldsFlagged(), summary.disagreements()), true));
            } catch (RuntimeException e) {
                log.error("Privacy detection failed", e);
                update(ui, () -> finished(getTranslation("privacy.detection.failed", String.valueOf(e.getMessage())), false));
            }
        };
        Thread.ofVirtual().name("privacy-detectie")
                .start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void finished(String text, boolean ok) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        run.setEnabled(true);
        progress.setVisible(false);
        status.setText(text);
        Notification.show(text, ok ? 6000 : 10_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        if (ok) {
            onDone.run();
        }
    }

    /** The FG may have left the page; the run still completes. */
    private static void update(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("Review page closed during detection");
        }
    }
}
