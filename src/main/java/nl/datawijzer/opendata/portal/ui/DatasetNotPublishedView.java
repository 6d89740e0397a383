package nl.datawijzer.opendata.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.ui.MainLayout;

/**
 * "Niet (meer) gepubliceerd", with HTTP 404: the same page and status for an address that was never published, one
 * that was withdrawn and one the internal catalog knows, so the page tells nothing about closed data.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
@StyleSheet("styles/open-data.css")
public class DatasetNotPublishedView extends Main implements HasErrorParameter<DatasetNotPublishedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DatasetNotPublishedException> parameter) {
        removeAll();
        setId("dataset-not-published");
        addClassName("dw-portal");
        add(new H1(getTranslation("odp.notPublished.title")));
        add(new Paragraph(getTranslation("odp.notPublished.text")));
        Anchor back = new Anchor(OpenDataUrls.PORTAL, getTranslation("odp.notPublished.toPortal"));
        back.setId("not-published-to-portal");
        add(back);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
