package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datawijzer.privacy.DetectionService;
import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.ui.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
                        BackgroundWork.update(ui, () -> {
                            progress.setValue(Math.clamp(percent, 0, 100));
                            status.setText(getTranslation("privacy.detection.running", percent));
                        });
                    }
                });
                BackgroundWork.update(ui, () -> finished(getTranslation("privacy.detection.done", summary.fieldsChecked(),
                        summary.fieldsFlagged(), summary.disagreements()), true));
            } catch (RuntimeException e) {
                log.error("Privacy detection failed", e);
                BackgroundWork.update(ui, () -> finished(getTranslation("privacy.detection.failed", String.valueOf(e.getMessage())), false));
            }
        };
        BackgroundWork.start("privacy-detectie", work);
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

}
