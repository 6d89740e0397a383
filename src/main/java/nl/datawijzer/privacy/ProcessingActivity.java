package nl.datawijzer.privacy;

import java.time.Instant;
import java.util.List;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemId;
import org.jspecify.annotations.Nullable;

/**
 * An activity of the processing register (art. 30 GDPR) as read: value-list concepts with their label in the reader's
 * language, linked systems and datasets with their titles, and the personal data categories computed at read time
 * (manual ones and those derived from the linked datasets' fields). Empty text means "not filled in".
 */
public record ProcessingActivity(
        ProcessingActivityId id,
        String title,
        String description,
        List<String> purposes,
        List<Label> legalBases,
        String legalGround,
        List<Label> dataSubjects,
        List<CategoryUse> personalDataCategories,
        List<String> recipients,
        String retentionPeriod,
        String securityMeasures,
        String dpiaReference,
        String processorAgreement,
        List<LinkedRecord> systems,
        List<LinkedRecord> datasets,
        @Nullable Instant modified) {

    public ProcessingActivity {
        purposes = List.copyOf(purposes);
        legalBases = List.copyOf(legalBases);
        dataSubjects = List.copyOf(dataSubjects);
        personalDataCategories = List.copyOf(personalDataCategories);
        recipients = List.copyOf(recipients);
        systems = List.copyOf(systems);
        datasets = List.copyOf(datasets);
    }

    /** The manual categories only: what the FG recorded on the activity itself. */
    public List<Label> manualCategories() {
        return personalDataCategories.stream().filter(CategoryUse::manual).map(CategoryUse::category).toList();
    }

    /** What the activity holds as editable values, for a form or a comparison with an import. */
    public ProcessingActivityDraft draft() {
        return new ProcessingActivityDraft(title, description, purposes, legalBases.stream().map(Label::iri).toList(),
                legalGround, dataSubjects.stream().map(Label::iri).toList(),
                manualCategories().stream().map(Label::iri).toList(), recipients, retentionPeriod, securityMeasures,
                dpiaReference, processorAgreement, systems.stream().map(s -> new SystemId(s.slug())).toList(),
                datasets.stream().map(d -> new DatasetId(d.slug())).toList());
    }
}
