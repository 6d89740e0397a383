package nl.datawijzer.catalog.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemId;
import org.jspecify.annotations.Nullable;

/** The dataset form's bean: what the inputs edit, mapped to and from {@link DatasetDraft}. */
final class DatasetForm {

    private String slug = "";
    private String title = "";
    private String description = "";
    private @Nullable SystemId system;
    private @Nullable AgentId owner;
    private @Nullable AgentId steward;
    private Set<String> themes = new LinkedHashSet<>();
    private @Nullable String frequency;
    private @Nullable String accessRights;
    private Set<String> legalBases = new LinkedHashSet<>();
    private String legalGround = "";
    private String keywords = "";

    static DatasetForm of(DatasetDetail detail) {
        DatasetForm form = new DatasetForm();
        form.slug = detail.id().slug();
        form.title = detail.title();
        form.description = detail.description();
        form.system = RecordLinks.slug(detail.system().iri(), "system").map(SystemId::new).orElse(null);
        form.owner = RecordLinks.slug(detail.owner().iri(), "agent").map(AgentId::new).orElse(null);
        form.steward = RecordLinks.slug(detail.steward().iri(), "agent").map(AgentId::new).orElse(null);
        form.themes = iris(detail.themes());
        form.frequency = detail.frequency().iri();
        form.accessRights = detail.accessRights().iri();
        form.legalBases = iris(detail.legalBases());
        form.legalGround = detail.legalGround() == null ? "" : detail.legalGround();
        form.keywords = String.join(", ", detail.keywords());
        return form;
    }

    private static Set<String> iris(List<Label> labels) {
        return new LinkedHashSet<>(labels.stream().map(Label::iri).filter(iri -> !iri.isBlank()).toList());
    }

    /** Keywords as typed: separated by commas, blanks and duplicates dropped. */
    static List<String> keywords(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** Only called after the binder checked that the required inputs are filled. */
    DatasetDraft toDraft() {
        if (system == null || owner == null || steward == null) {
            throw new IllegalStateException("system, owner and steward are required inputs");
        }
        return new DatasetDraft(slug.strip(), title.strip(), description.strip(), system, owner, steward,
                List.copyOf(themes), frequency == null ? "" : frequency, accessRights == null ? "" : accessRights,
                List.copyOf(legalBases), legalGround.isBlank() ? null : legalGround.strip(), keywords(keywords));
    }

    String getSlug() {
        return slug;
    }

    void setSlug(@Nullable String slug) {
        this.slug = slug == null ? "" : slug;
    }

    String getTitle() {
        return title;
    }

    void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    String getDescription() {
        return description;
    }

    void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }

    @Nullable SystemId getSystem() {
        return system;
    }

    void setSystem(@Nullable SystemId system) {
        this.system = system;
    }

    @Nullable AgentId getOwner() {
        return owner;
    }

    void setOwner(@Nullable AgentId owner) {
        this.owner = owner;
    }

    @Nullable AgentId getSteward() {
        return steward;
    }

    void setSteward(@Nullable AgentId steward) {
        this.steward = steward;
    }

    Set<String> getThemes() {
        return themes;
    }

    void setThemes(@Nullable Set<String> themes) {
        this.themes = themes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(themes);
    }

    @Nullable String getFrequency() {
        return frequency;
    }

    void setFrequency(@Nullable String frequency) {
        this.frequency = frequency;
    }

    @Nullable String getAccessRights() {
        return accessRights;
    }

    void setAccessRights(@Nullable String accessRights) {
        this.accessRights = accessRights;
    }

    Set<String> getLegalBases() {
        return legalBases;
    }

    void setLegalBases(@Nullable Set<String> legalBases) {
        this.legalBases = legalBases == null ? new LinkedHashSet<>() : new LinkedHashSet<>(legalBases);
    }

    String getLegalGround() {
        return legalGround;
    }

    void setLegalGround(@Nullable String legalGround) {
        this.legalGround = legalGround == null ? "" : legalGround;
    }

    String getKeywords() {
        return keywords;
    }

    void setKeywords(@Nullable String keywords) {
        this.keywords = keywords == null ? "" : keywords;
    }
}
