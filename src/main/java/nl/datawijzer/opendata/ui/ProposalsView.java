package nl.datawijzer.opendata.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.datawijzer.opendata.Proposal;
import nl.datawijzer.opendata.PublicationService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/**
 * The privacy officer's queue of datasets proposed as open data, oldest first, each with what the gate says now. The
 * FG approves or rejects on the dataset page, where the whole record can be read.
 */
@Route(value = ProposalsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.FG_NAME)
public class ProposalsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "privacy/publicaties";

    public ProposalsView(PublicationService publications) {
        setMaxWidth("80rem");
        add(new H1(getTranslation("publication.proposals.title")));
        List<Proposal> proposals = publications.proposals();
        Div list = new Div();
        list.setId("proposals");
        list.setWidthFull();
        if (proposals.isEmpty()) {
            list.add(new Paragraph(getTranslation("publication.proposals.none")));
        }
        for (Proposal proposal : proposals) {
            Div item = new Div();
            item.setId("proposal-" + proposal.datasetSlug());
            H2 title = new H2();
            title.add(new Anchor("datasets/" + proposal.datasetSlug(),
                    proposal.title().isBlank() ? proposal.datasetSlug() : proposal.title()));
            item.add(title);
            item.add(new Paragraph(getTranslation("publication.proposals.proposedBy") + ": " + proposal.proposedBy()
                    + " · " + getTranslation("publication.proposals.proposedAt") + ": "
                    + When.format(proposal.proposedAt(), getLocale())));
            if (!proposal.note().isBlank()) {
                item.add(new Paragraph(proposal.note()));
            }
            Details gate = new Details(getTranslation("publication.gate") + ": "
                    + getTranslation(proposal.report().passed() ? "publication.gate.passed" : "publication.gate.blocked"),
                    PublicationPanel.report(proposal.report()));
            gate.setOpened(!proposal.report().passed());
            item.add(gate);
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.proposals.title") + " — Datawijzer";
    }
}
