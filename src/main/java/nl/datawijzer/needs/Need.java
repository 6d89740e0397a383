package nl.datawijzer.needs;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An information need as stored: the requester's draft (question and SMART parts) and what analysts add (step, type,
 * assignee, linked datasets and KPIs), the follow-up link and the requester's feedback.
 *
 * @param datasets slugs of the datasets an analyst linked as the answer's sources (the draft's candidates are apart)
 * @param kpis slugs of the linked KPIs
 */
public record Need(NeedId id, NeedDraft draft, String requester, NeedStep step, @Nullable NeedType type,
        @Nullable String assignee, List<String> datasets, List<String> kpis, @Nullable NeedId followUpOf,
        @Nullable FollowUpKind followUpKind, @Nullable Feedback feedback, Instant created, Instant modified) {

    public Need {
        datasets = List.copyOf(datasets);
        kpis = List.copyOf(kpis);
    }

    public String question() {
        return draft.question();
    }

    Need with(NeedDraft newDraft, Instant at) {
        return new Need(id, newDraft, requester, step, type, assignee, datasets, kpis, followUpOf, followUpKind, feedback,
                created, at);
    }

    Need withStep(NeedStep newStep, Instant at) {
        return new Need(id, draft, requester, newStep, type, assignee, datasets, kpis, followUpOf, followUpKind, feedback,
                created, at);
    }

    Need withType(NeedType newType, Instant at) {
        return new Need(id, draft, requester, step, newType, assignee, datasets, kpis, followUpOf, followUpKind, feedback,
                created, at);
    }

    Need withAssignee(String newAssignee, Instant at) {
        return new Need(id, draft, requester, step, type, newAssignee, datasets, kpis, followUpOf, followUpKind, feedback,
                created, at);
    }

    Need withLinks(List<String> newDatasets, List<String> newKpis, Instant at) {
        return new Need(id, draft, requester, step, type, assignee, newDatasets, newKpis, followUpOf, followUpKind,
                feedback, created, at);
    }

    Need withFeedback(Feedback newFeedback, Instant at) {
        return new Need(id, draft, requester, step, type, assignee, datasets, kpis, followUpOf, followUpKind, newFeedback,
                created, at);
    }
}
