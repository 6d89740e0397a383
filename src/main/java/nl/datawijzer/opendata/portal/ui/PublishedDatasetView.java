package nl.datawijzer.opendata.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.export.ExportedDistribution;
import nl.datawijzer.opendata.portal.OpenDataPortal;
import nl.datawijzer.opendata.portal.PublishedDataset;
import nl.datawijzer.opendata.portal.ValueLabels;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * One published dataset for everyone: what it holds, who publishes it and whom to ask, how often it changes, under
 * which licence it may be reused, every distribution with a download link, and this dataset in machine-readable form.
 * Read from the open-data view only; an address that names no published dataset gets "niet (meer) gepubliceerd" (404).
 */
@Route(value = PublishedDatasetView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/open-data.css")
public class PublishedDatasetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = OpenDataUrls.PORTAL + "/:slug";

    private final transient OpenDataPortal portal;
    private final transient ValueLabels labels;
    private String title = "";
    private @Nullable PublishedDataset current;

    public PublishedDatasetView(OpenDataPortal portal, ValueLabels labels) {
        this.portal = portal;
        this.labels = labels;
        setId("published-dataset");
        addClassNames("dw-portal", "dw-portal-dataset");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PublishedDataset> found = event.getRouteParameters().get("slug").flatMap(portal::find);
        if (found.isEmpty()) {
            event.rerouteToError(DatasetNotPublishedException.class);
            return;
        }
        show(found.get());
    }

    private void show(PublishedDataset published) {
        removeAll();
        current = published;
        ExportedDataset dataset = published.dataset();
        title = dataset.title();
        Anchor back = new Anchor(OpenDataView.ROUTE, getTranslation("odp.dataset.back"));
        back.setId("dataset-back");
        back.addClassName("dw-portal-back");
        H1 heading = new H1(dataset.title());
        heading.setId("dataset-title");
        add(back, heading);
        if (!dataset.description().isBlank()) {
            Paragraph description = new Paragraph(dataset.description());
            description.setId("dataset-description");
            description.addClassName("dw-lead");
            add(description);
        }
        add(about(published), distributions(dataset), machineReadable(dataset));
    }

    private Component about(PublishedDataset published) {
        ExportedDataset dataset = published.dataset();
        Locale locale = getLocale();
        DescriptionList facts = new DescriptionList();
        facts.setId("dataset-facts");
        facts.addClassName("dw-portal-facts");
        if (!dataset.themes().isEmpty()) {
            fact(facts, "odp.dataset.themes", "dataset-themes",
                    new Text(String.join(", ", dataset.themes().stream().map(iri -> labels.label(iri, locale)).toList())));
        }
        if (!dataset.keywords().isEmpty()) {
            fact(facts, "odp.dataset.keywords", "dataset-keywords", new Text(String.join(", ", dataset.keywords())));
        }
        if (dataset.publisherName() != null) {
            fact(facts, "odp.dataset.publisher", "dataset-publisher", new Text(dataset.publisherName()));
        }
        Component contact = contact(dataset.contactName(), dataset.contactEmail(), published.contactPhone());
        if (contact != null) {
            fact(facts, "odp.dataset.contact", "dataset-contact", contact);
        }
        fact(facts, "odp.dataset.frequency", "dataset-frequency", new Text(dataset.accrualPeriodicity() == null
                ? getTranslation("odp.dataset.unknown") : labels.label(dataset.accrualPeriodicity(), locale)));
        if (dataset.modified() != null) {
            fact(facts, "odp.dataset.modified", "dataset-modified", new Text(PortalText.date(dataset.modified(), locale)));
        }
        if (published.issued() != null) {
            fact(facts, "odp.dataset.issued", "dataset-issued", new Text(PortalText.date(published.issued(), locale)));
        }
        List<String> licences = licences(dataset);
        if (!licences.isEmpty()) {
            Span links = new Span();
            for (String licence : licences) {
                if (links.getComponentCount() > 0) {
                    links.add(new Text(", "));
                }
                links.add(licenceLink(licence, "dataset-licence-link"));
            }
            fact(facts, "odp.dataset.licence", "dataset-licence", links);
        }
        Section section = section("dataset-about", "odp.dataset.about");
        section.add(facts);
        return section;
    }

    /** The licences of the distributions: DCAT-AP-NL puts the licence on each distribution. */
    private static List<String> licences(ExportedDataset dataset) {
        Set<String> licences = new LinkedHashSet<>();
        dataset.distributions().stream().map(ExportedDistribution::license).filter(l -> l != null).forEach(licences::add);
        return new ArrayList<>(licences);
    }

    private Anchor licenceLink(String licence, String idPrefix) {
        String label = labels.label(licence, getLocale());
        Anchor link = OpenDataView.serverLink(idPrefix + "-" + PortalText.formatName(licence).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-"), licence, label);
        // The link names the licence; a screen reader reading links alone also hears that it is the licence.
        link.getElement().setAttribute("aria-label", getTranslation("odp.dataset.licence.link", label));
        return link;
    }

    private @Nullable Component contact(@Nullable String name, @Nullable String email, @Nullable String phone) {
        if (name == null && email == null && phone == null) {
            return null;
        }
        Div contact = new Div();
        contact.addClassName("dw-portal-contact");
        if (name != null) {
            Span who = new Span(name);
            who.setId("dataset-contact-name");
            contact.add(who);
        }
        if (email != null) {
            String address = email.replaceFirst("^mailto:", "");
            Anchor mail = OpenDataView.serverLink("dataset-contact-email", "mailto:" + address, address);
            mail.getElement().setAttribute("aria-label", getTranslation("odp.dataset.contact.email", address));
            contact.add(mail);
        }
        if (phone != null) {
            Anchor call = OpenDataView.serverLink("dataset-contact-phone", "tel:" + phone.replaceAll("[^+0-9]", ""), phone);
            call.getElement().setAttribute("aria-label", getTranslation("odp.dataset.contact.phone", phone));
            contact.add(call);
        }
        return contact;
    }

    private Component distributions(ExportedDataset dataset) {
        Section section = section("dataset-distributions", "odp.dataset.distributions");
        if (dataset.distributions().isEmpty()) {
            section.add(new Paragraph(getTranslation("odp.dataset.distributions.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("dw-portal-distributions");
        int index = 0;
        for (ExportedDistribution distribution : dataset.distributions()) {
            list.add(distribution(dataset, distribution, ++index));
        }
        section.add(list);
        return section;
    }

    private Component distribution(ExportedDataset dataset, ExportedDistribution distribution, int index) {
        Locale locale = getLocale();
        String format = distribution.format() != null ? PortalText.formatName(distribution.format())
                : getTranslation("odp.dataset.distribution.file");
        String name = distribution.title() != null ? distribution.title()
                : getTranslation("odp.dataset.distribution.untitled", format, dataset.title());
        ListItem item = new ListItem();
        item.setId("distribution-" + index);
        item.addClassName("dw-portal-distribution");
        item.add(new H3(name));
        DescriptionList facts = new DescriptionList();
        facts.addClassName("dw-portal-facts");
        fact(facts, "odp.dataset.distribution.format", null, new Text(format));
        Long size = publishedSize(distribution);
        if (size != null) {
            fact(facts, "odp.dataset.distribution.size", null, new Text(PortalText.fileSize(size, locale)));
        }
        if (distribution.mediaType() != null) {
            fact(facts, "odp.dataset.distribution.mediaType", null, new Text(PortalText.mediaType(distribution.mediaType())));
        }
        if (distribution.license() != null) {
            fact(facts, "odp.dataset.licence", null, licenceLink(distribution.license(), "distribution-" + index + "-licence"));
        }
        item.add(facts);
        boolean download = distribution.downloadUrl() != null;
        String href = download ? distribution.downloadUrl() : distribution.accessUrl();
        Anchor link = OpenDataView.serverLink("distribution-" + index + "-download", href, getTranslation(
                download ? "odp.dataset.distribution.download" : "odp.dataset.distribution.open", format, dataset.title()));
        link.addClassNames("dw-cta", "dw-portal-download");
        item.add(link);
        return item;
    }

    private @Nullable Long publishedSize(ExportedDistribution distribution) {
        return current == null ? null : current.byteSize(distribution);
    }

    private Component machineReadable(ExportedDataset dataset) {
        Section section = section("dataset-machine", "odp.dataset.machine");
        String slug = dataset.identifier();
        section.add(new UnorderedList(
                new ListItem(OpenDataView.serverLink("dataset-dcat-ttl", OpenDataUrls.datasetExport(slug, "ttl"),
                        getTranslation("odp.dataset.machine.ttl", dataset.title()))),
                new ListItem(OpenDataView.serverLink("dataset-dcat-jsonld", OpenDataUrls.datasetExport(slug, "jsonld"),
                        getTranslation("odp.dataset.machine.jsonld", dataset.title()))),
                new ListItem(OpenDataView.serverLink("dataset-dcat-rdf", OpenDataUrls.datasetExport(slug, "rdf"),
                        getTranslation("odp.dataset.machine.rdf", dataset.title()))),
                new ListItem(OpenDataView.serverLink("dataset-ckan", OpenDataUrls.ckanPackageShow(slug),
                        getTranslation("odp.dataset.machine.ckan", dataset.title())))));
        return section;
    }

    private Section section(String id, String headingKey) {
        Section section = new Section();
        section.setId(id);
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.add(heading);
        return section;
    }

    private void fact(DescriptionList facts, String termKey, @Nullable String id, Component value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        if (id != null) {
            description.setId(id);
        }
        facts.add(new DescriptionList.Term(getTranslation(termKey)), description);
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("odp.title") : title) + " — " + getTranslation("odp.pageTitle") + " — Datawijzer";
    }
}
