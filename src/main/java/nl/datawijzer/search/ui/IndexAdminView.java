package nl.datawijzer.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import nl.datawijzer.ui.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin rebuilds both search indexes from the store. The rebuild runs in a background thread under the
 * admin's own authentication (the service checks the role again); the page polls for progress while it
 * runs, since server push needs no more than that here.
 */
@Route(value = IndexAdminView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class IndexAdminView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "beheer/zoekindex";
    static final int POLL_MILLIS = 500;

    private static final Logger log = LoggerFactory.getLogger(IndexAdminView.class);

    private final SearchService search;
    private final Button rebuild = new Button();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span status = new Span();

    public IndexAdminView(SearchService search) {
        this.search = search;
        setMaxWidth("60rem");
        add(new H1(getTranslation("search.index.title")));
        add(new Paragraph(getTranslation("search.index.intro")));

        rebuild.setText(getTranslation("search.index.rebuild"));
        rebuild.setIcon(VaadinIcon.REFRESH.create());
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setDisableOnClick(true);
        rebuild.addClickListener(e -> start());

        progress.setId("rebuild-progress");
        progress.setWidth("24rem");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("search.index.progress"));
        status.setId("rebuild-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(rebuild, progress, status);
    }

    private void start() {
        UI ui = UI.getCurrent();
        rebuild.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("search.index.running", 0));
        ui.setPollInterval(POLL_MILLIS);
        long started = System.nanoTime();
        Runnable work = () -> run(ui, started);
        BackgroundWork.start("zoekindex-opbouwen", work);
    }

    private void run(UI ui, long started) {
        AtomicInteger shown = new AtomicInteger(-1);
        try {
            search.rebuild(percent -> {
                if (shown.getAndSet(percent) != percent) {
                    BackgroundWork.update(ui, () -> showProgress(percent));
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            BackgroundWork.update(ui, () -> finished(seconds, null));
        } catch (RuntimeException e) {
            log.error("Rebuilding the search index failed", e);
            BackgroundWork.update(ui, () -> finished(0, e));
        }
    }


    private void showProgress(int percent) {
        progress.setValue(Math.clamp(percent, 0, 100));
        status.setText(getTranslation("search.index.running", percent));
    }

    private void finished(double seconds, @Nullable RuntimeException failure) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        rebuild.setEnabled(true);
        Notification notification;
        if (failure == null) {
            progress.setValue(100);
            String text = getTranslation("search.index.done", String.format(getLocale(), "%.1f", seconds));
            status.setText(text);
            notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            progress.setVisible(false);
            String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                    ? getTranslation("search.index.unknownError") : failure.getMessage();
            String text = getTranslation("search.index.failed", reason);
            status.setText(text);
            notification = Notification.show(text, 10_000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        notification.setId(failure == null ? "rebuild-done" : "rebuild-failed");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.index.title") + " — Datawijzer";
    }
}
