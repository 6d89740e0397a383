package nl.datawijzer.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.SystemId;

/**
 * The editable values of a processing activity. Concepts are IRIs (legal bases from {@code dwv:grondslag}, data
 * subjects from {@code dwv:betrokkenen}, manual categories from {@code dwv:persoonsgegevens}). The constructor
 * normalises: text stripped, blank values dropped, every list without duplicates and sorted, because the register
 * keeps values as a set. Two drafts are equal exactly when storing them gives the same activity.
 */
public record ProcessingActivityDraft(
        String title,
        String description,
        List<String> purposes,
        List<String> legalBasisIris,
        String legalGround,
        List<String> dataSubjectIris,
        List<String> personalDataCategoryIris,
        List<String> recipients,
        String retentionPeriod,
        String securityMeasures,
        String dpiaReference,
        String processorAgreement,
        List<SystemId> systems,
        List<DatasetId> datasets) {

    public ProcessingActivityDraft {
        title = text(title);
        description = text(description);
        purposes = texts(purposes);
        legalBasisIris = texts(legalBasisIris);
        legalGround = text(legalGround);
        dataSubjectIris = texts(dataSubjectIris);
        personalDataCategoryIris = texts(personalDataCategoryIris);
        recipients = texts(recipients);
        retentionPeriod = text(retentionPeriod);
        securityMeasures = text(securityMeasures);
        dpiaReference = text(dpiaReference);
        processorAgreement = text(processorAgreement);
        systems = systems == null ? List.of() : systems.stream().filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(SystemId::slug)).toList();
        datasets = datasets == null ? List.of() : datasets.stream().filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(DatasetId::slug)).toList();
    }

    /** A draft with nothing filled in, for a new activity. */
    public static ProcessingActivityDraft empty() {
        return new ProcessingActivityDraft("", "", List.of(), List.of(), "", List.of(), List.of(), List.of(), "", "", "",
                "", List.of(), List.of());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> texts(Collection<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }
}
