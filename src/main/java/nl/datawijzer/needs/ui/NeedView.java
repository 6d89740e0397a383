package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.ui.DatasetView;
import nl.datawijzer.needs.FigureKind;
import nl.datawijzer.needs.LinkedRecord;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDetail;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedInput;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.ui.GradeBadge;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One information need: its question and where it stands in the eight steps (as a stepper), its SMART parts, linked
 * datasets and KPIs, follow-ups, and its history; all staff comment on it. Analysts act on a submitted, unfinished need
 * ({@link AnalystActions}); the requester finishes a draft, gives feedback and starts a follow-up
 * ({@link RequesterActions}). The service decides who may do what; this page only hides what the user cannot do, and
 * shows the service's Dutch message when it refuses.
 */
@Route(value = NeedRoutes.PAGE, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
@StyleSheet("styles/needs.css")
public class NeedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, PageActions {

    static final String PARAMETER = "id";
    private static final int TITLE_LENGTH = 80;

    private final NeedService needs;
    private final SearchService search;
    private final QualityService quality;
    private final boolean analyst;
    private final String me;
    private final Div message = new Div();
    private final Div content = new Div();
    private @Nullable NeedId id;
    private @Nullable NeedDetail detail;

    public NeedView(NeedService needs, SearchService search, QualityService quality,
            AuthenticationContext authentication) {
        this.quality = quality;
        this.needs = needs;
        this.search = search;
        this.analyst = authentication.hasRole(Role.ANALIST_NAME);
        this.me = authentication.getPrincipalName().orElse("");
        addClassName("dw-need-page");
        setMaxWidth("100rem");
        message.setId("need-message");
        message.addClassName("dw-need-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        content.setWidthFull();
        add(message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String value = event.getRouteParameters().get(PARAMETER).orElse("");
        if (!NeedId.isValid(value)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = new NeedId(value);
        try {
            detail = needs.get(id);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        clearMessage();
        render(detail);
    }

    private void reload() {
        NeedId current = id;
        if (current == null) {
            return;
        }
        detail = needs.get(current);
        render(detail);
    }

    @Override
    public void perform(Runnable action, String doneKey) {
        if (attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) == null) {
            return;
        }
        clearMessage();
        reload();
        Notification done = Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public <T> @Nullable T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (AccessDeniedException | RecordNotFoundException | WriteRefusedException | IllegalArgumentException e) {
            // NeedRefusedException is an IllegalArgumentException; all carry a Dutch message meant for the user.
            refuse(e.getMessage() == null ? getTranslation("needpage.refused") : e.getMessage());
            return null;
        }
    }

    @Override
    public void refuse(String text) {
        message.setText(text);
        message.setVisible(true);
        Notification shown = Notification.show(text, 6000, Notification.Position.MIDDLE);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void clearMessage() {
        message.setText("");
        message.setVisible(false);
    }

    private void render(NeedDetail shown) {
        Need need = shown.need();
        content.removeAll();
        Map<String, String> datasetTitles = needs.datasetTitles(allDatasets(need));
        Map<String, String> kpiTitles = needs.kpis().stream()
                .collect(Collectors.toMap(LinkedRecord::slug, LinkedRecord::title, (a, b) -> a));

        content.add(header(need));
        content.add(new StepPicture(need.step(), getLocale(), this::getTranslation));

        Div body = new Div();
        body.addClassName("dw-need-body");
        Div main = new Div();
        main.addClassName("dw-need-main");
        Div side = new Div();
        side.addClassName("dw-need-side");
        body.add(main, side);
        content.add(body);

        if (me.equals(need.requester()) && RequesterActions.hasWork(need)) {
            main.add(new RequesterActions(need, needs, this,
                    created -> getUI().ifPresent(ui -> ui.navigate(NeedRoutes.edit(created)))));
        }
        if (analyst && need.step() != NeedStep.CONCEPT && !need.step().isFinal()) {
            main.add(new AnalystActions(need, needs, search, this, me));
        }
        main.add(smart(need.draft(), datasetTitles));
        main.add(links(need, datasetTitles, kpiTitles));

        side.add(timeline(shown, datasetTitles, kpiTitles));
    }

    private static List<String> allDatasets(Need need) {
        List<String> slugs = new ArrayList<>(need.draft().candidateDatasets());
        need.datasets().stream().filter(s -> !slugs.contains(s)).forEach(slugs::add);
        return slugs;
    }

    private Component header(Need need) {
        Section header = new Section();
        header.addClassName("dw-need-header");
        H1 title = new H1(need.question());
        title.setId("need-title");
        Span step = new Span(need.step().label(getLocale()));
        step.setId("need-step");
        step.addClassNames("dw-badge", "dw-need-step", "dw-need-step-" + need.step().code());
        header.add(title);
        header.add(new FactList("need-facts").compact()
                .text(getTranslation("needpage.number"), need.id().value())
                .item(getTranslation("needpage.step"), step)
                .text(getTranslation("needpage.requester"), need.requester())
                .text(getTranslation("needpage.assignee"), need.assignee())
                .text(getTranslation("needpage.type"), label(need.type()))
                .text(getTranslation("needpage.domain"), label(need.draft().domain()))
                .text(getTranslation("needpage.steeringLevel"), label(need.draft().steeringLevel()))
                .text(getTranslation("needpage.neededBy"), date(need.draft().neededBy())));
        if (need.step() == NeedStep.CONCEPT) {
            Paragraph draft = new Paragraph(getTranslation("needpage.draftNote"));
            draft.addClassName("dw-need-note");
            header.add(draft);
        }
        return header;
    }

    /** The SMART parts, one group per letter, so a reader sees what was asked and how it will be measured. */
    private Component smart(NeedDraft d, Map<String, String> datasetTitles) {
        Section section = new Section();
        section.setId("need-smart-parts");
        section.addClassName("dw-need-smart");
        section.add(new H2(getTranslation("needpage.smart.title")));
        section.add(group("S", getTranslation("needpage.smart.s"), new FactList("need-smart-s")
                .text(getTranslation("needpage.domain"), label(d.domain()))
                .text(getTranslation("needpage.smart.population"), d.population())
                .text(getTranslation("needpage.smart.unit"), d.unit())));
        FactList measurable = new FactList("need-smart-m")
                .text(getTranslation("needpage.smart.measure"), label(d.measure()))
                .text(getTranslation("needpage.smart.definition"), d.measureDefinition())
                .text(getTranslation("needpage.smart.figure"), label(d.figure()));
        if (d.figure() == FigureKind.STANDCIJFER || d.referenceDate() != null) {
            measurable.text(getTranslation("needpage.smart.referenceDate"), date(d.referenceDate()));
        }
        section.add(group("M", getTranslation("needpage.smart.m"), measurable));
        section.add(group("A", getTranslation("needpage.smart.a"), new FactList("need-smart-a")
                .text(getTranslation("needpage.smart.purpose"), d.purpose())
                .text(getTranslation("needpage.smart.decision"), d.decision())
                .text(getTranslation("needpage.steeringLevel"), label(d.steeringLevel()))
                .text(getTranslation("needpage.smart.users"), d.users())));
        FactList realistic = new FactList("need-smart-r");
        if (d.newDataNeeded()) {
            realistic.text(getTranslation("needpage.smart.sources"), getTranslation("needpage.smart.newData"));
        } else {
            realistic.items(getTranslation("needpage.smart.sources"), datasetLinks(d.candidateDatasets(), datasetTitles));
        }
        section.add(group("R", getTranslation("needpage.smart.r"), realistic));
        section.add(group("T", getTranslation("needpage.smart.t"), new FactList("need-smart-t")
                .text(getTranslation("needpage.smart.period"), period(d.periodStart(), d.periodEnd()))
                .text(getTranslation("needpage.neededBy"), date(d.neededBy()))
                .text(getTranslation("needpage.smart.recurrence"), label(d.recurrence()))));
        return section;
    }

    private static Component group(String letter, String title, FactList facts) {
        Span mark = new Span(letter);
        mark.addClassName("dw-smart-letter");
        mark.getElement().setAttribute("aria-hidden", "true");
        H3 heading = new H3(mark, new Span(title));
        Div group = new Div(heading, facts);
        group.addClassName("dw-smart-group");
        return group;
    }

    /** Linked datasets and KPIs, the original need of a follow-up, its follow-ups, and the requester's feedback. */
    private Component links(Need need, Map<String, String> datasetTitles, Map<String, String> kpiTitles) {
        Section section = new Section();
        section.setId("need-links");
        section.add(new H2(getTranslation("needpage.links.title")));
        FactList facts = new FactList("need-links-list")
                .items(getTranslation("needpage.links.datasets"), datasetLinks(need.datasets(), datasetTitles))
                .items(getTranslation("needpage.links.kpis"), need.kpis().stream()
                        .<Component>map(slug -> new Span(kpiTitles.getOrDefault(slug, slug))).toList());
        if (need.followUpOf() != null) {
            NeedId original = need.followUpOf();
            RouterLink link = needLink(original, original.value());
            link.setId("need-follow-up-of");
            String kind = need.followUpKind() == null ? "" : need.followUpKind().label(getLocale());
            facts.item(getTranslation("needpage.links.followUpOf"), new Span(kind.isEmpty() ? "" : kind + " " +
                    getTranslation("needpage.links.of") + " "), link);
        }
        List<Need> followUps = needs.followUps(need.id());
        if (!followUps.isEmpty()) {
            facts.items(getTranslation("needpage.links.followUps"), followUps.stream().<Component>map(f -> {
                RouterLink link = needLink(f.id(), f.id().value() + " — " + f.question());
                link.addClassName("need-follow-up-link");
                return link;
            }).toList());
        }
        section.add(facts);
        if (need.feedback() != null) {
            Div feedback = new Div();
            feedback.setId("need-feedback");
            feedback.addClassName("dw-need-feedback-given");
            feedback.add(new H3(getTranslation("needpage.feedback.given")));
            Paragraph verdict = new Paragraph(getTranslation("needpage.feedback.answered",
                    need.feedback().verdict().label(getLocale())));
            verdict.setId("need-feedback-verdict-shown");
            feedback.add(verdict);
            if (!need.feedback().text().isBlank()) {
                feedback.add(new Paragraph(need.feedback().text()));
            }
            section.add(feedback);
        }
        return section;
    }

    private static RouterLink needLink(NeedId target, String text) {
        return new RouterLink(text, NeedView.class, new RouteParameters(PARAMETER, target.value()));
    }

    /** Each dataset linked, with its reliability so whoever reads the need sees how far its sources can be trusted. */
    private List<Component> datasetLinks(List<String> slugs, Map<String, String> titles) {
        return slugs.stream().<Component>map(slug -> {
            if (!titles.containsKey(slug)) {
                return new Span(slug);
            }
            RouterLink link = new RouterLink(titles.get(slug), DatasetView.class, new RouteParameters("slug", slug));
            GradeBadge badge = new GradeBadge(DatasetId.isValid(slug) ? quality.latestScore(new DatasetId(slug))
                    : java.util.Optional.empty());
            badge.addClassName("need-dataset-grade");
            badge.getElement().setAttribute("data-dataset", slug);
            badge.getStyle().set("margin-left", "var(--lumo-space-s)");
            return new Span(link, badge);
        }).toList();
    }

    private Component timeline(NeedDetail shown, Map<String, String> datasetTitles, Map<String, String> kpiTitles) {
        Section section = new Section();
        section.addClassName("dw-need-history");
        section.add(new H2(getTranslation("needpage.timeline.title")));
        TextArea comment = new TextArea(getTranslation("needpage.comment.label"));
        comment.setId("need-comment");
        comment.setMaxLength(NeedInput.MAX_COMMENT);
        comment.setWidthFull();
        Button add = new Button(getTranslation("needpage.comment.add"), VaadinIcon.COMMENT_O.create(),
                e -> perform(() -> needs.comment(shown.need().id(), comment.getValue()), "needpage.done.comment"));
        add.setId("need-comment-add");
        Div box = new Div(comment, add);
        box.addClassName("dw-need-comment");
        section.add(box);
        section.add(new Paragraph(getTranslation("needpage.timeline.order")));
        section.add(new Timeline(shown.history(), datasetTitles, kpiTitles, getLocale(), this::getTranslation));
        return section;
    }

    private String label(@Nullable NeedValue value) {
        return value == null ? "" : value.label(getLocale());
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    private String period(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        return getTranslation("needpage.smart.periodRange", start == null ? "…" : date(start), end == null ? "…" : date(end));
    }

    @Override
    public String getPageTitle() {
        NeedDetail shown = detail;
        if (shown == null) {
            return getTranslation("needpage.title") + " — Datawijzer";
        }
        String question = shown.need().question();
        return (question.length() > TITLE_LENGTH ? question.substring(0, TITLE_LENGTH - 1) + "…" : question)
                + " — Datawijzer";
    }
}
