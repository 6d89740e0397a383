package nl.datawijzer.privacy.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.privacy.ProcessingActivityDraft;
import org.jspecify.annotations.Nullable;

/** The activity form's bean: what the inputs edit, mapped to and from {@link ProcessingActivityDraft}. */
final class RegisterForm {

    private String title = "";
    private String description = "";
    private String purposes = "";
    private Set<String> legalBases = new LinkedHashSet<>();
    private String legalGround = "";
    private Set<String> dataSubjects = new LinkedHashSet<>();
    private Set<String> categories = new LinkedHashSet<>();
    private String recipients = "";
    private String retention = "";
    private String security = "";
    private String dpia = "";
    private String processor = "";
    private Set<String> systems = new LinkedHashSet<>();
    private Set<String> datasets = new LinkedHashSet<>();

    static RegisterForm of(ProcessingActivityDraft d) {
        RegisterForm form = new RegisterForm();
        form.title = d.title();
        form.description = d.description();
        form.purposes = String.join("\n", d.purposes());
        form.legalBases = new LinkedHashSet<>(d.legalBasisIris());
        form.legalGround = d.legalGround();
        form.dataSubjects = new LinkedHashSet<>(d.dataSubjectIris());
        form.categories = new LinkedHashSet<>(d.personalDataCategoryIris());
        form.recipients = String.join("\n", d.recipients());
        form.retention = d.retentionPeriod();
        form.security = d.securityMeasures();
        form.dpia = d.dpiaReference();
        form.processor = d.processorAgreement();
        form.systems = new LinkedHashSet<>(d.systems().stream().map(SystemId::slug).toList());
        form.datasets = new LinkedHashSet<>(d.datasets().stream().map(DatasetId::slug).toList());
        return form;
    }

    ProcessingActivityDraft toDraft() {
        return new ProcessingActivityDraft(title, description, lines(purposes), List.copyOf(legalBases), legalGround,
                List.copyOf(dataSubjects), List.copyOf(categories), lines(recipients), retention, security, dpia,
                processor, systems.stream().map(SystemId::new).toList(), datasets.stream().map(DatasetId::new).toList());
    }

    /** One value per line, blank lines dropped. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Set<String> set(@Nullable Set<String> value) {
        return value == null ? new LinkedHashSet<>() : new LinkedHashSet<>(value);
    }

    String getTitle() { return title; }
    void setTitle(@Nullable String v) { title = text(v); }
    String getDescription() { return description; }
    void setDescription(@Nullable String v) { description = text(v); }
    String getPurposes() { return purposes; }
    void setPurposes(@Nullable String v) { purposes = text(v); }
    Set<String> getLegalBases() { return legalBases; }
    void setLegalBases(@Nullable Set<String> v) { legalBases = set(v); }
    String getLegalGround() { return legalGround; }
    void setLegalGround(@Nullable String v) { legalGround = text(v); }
    Set<String> getDataSubjects() { return dataSubjects; }
    void setDataSubjects(@Nullable Set<String> v) { dataSubjects = set(v); }
    Set<String> getCategories() { return categories; }
    void setCategories(@Nullable Set<String> v) { categories = set(v); }
    String getRecipients() { return recipients; }
    void setRecipients(@Nullable String v) { recipients = text(v); }
    String getRetention() { return retention; }
    void setRetention(@Nullable String v) { retention = text(v); }
    String getSecurity() { return security; }
    void setSecurity(@Nullable String v) { security = text(v); }
    String getDpia() { return dpia; }
    void setDpia(@Nullable String v) { dpia = text(v); }
    String getProcessor() { return processor; }
    void setProcessor(@Nullable String v) { processor = text(v); }
    Set<String> getSystems() { return systems; }
    void setSystems(@Nullable Set<String> v) { systems = set(v); }
    Set<String> getDatasets() { return datasets; }
    void setDatasets(@Nullable Set<String> v) { datasets = set(v); }
}
