package nl.datawijzer.catalog.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.catalog.FieldDraft;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.Label;
import org.jspecify.annotations.Nullable;

/** The field form's bean: what the inputs edit, mapped to and from {@link FieldDraft}. */
final class FieldForm {

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,79}");

    private @Nullable String slug;
    private String title = "";
    private String technicalName = "";
    private String description = "";
    private @Nullable String datatype = DatatypeWords.IRIS.getFirst();
    private boolean containsPersonalData;
    private Set<String> categories = new LinkedHashSet<>();
    private @Nullable String confidentiality;
    private String legalGround = "";

    static FieldForm of(FieldRow row) {
        FieldForm form = new FieldForm();
        form.slug = row.id().slug();
        form.title = row.title();
        form.technicalName = row.technicalName();
        form.description = row.description();
        form.datatype = row.datatype();
        form.containsPersonalData = row.containsPersonalData();
        form.categories = new LinkedHashSet<>(row.categories().stream().map(Label::iri).toList());
        form.confidentiality = row.confidentiality().iri();
        form.legalGround = row.legalGround() == null ? "" : row.legalGround();
        return form;
    }

    boolean isNew() {
        return slug == null;
    }

    /**
     * The slug a new field gets from its technical name: lower case, '_' (and '.' or '/') becomes '-',
     * leading characters that cannot start a slug are dropped and it is cut at 80 characters. Empty when
     * nothing usable is left.
     */
    static Optional<String> slugFor(String technicalName) {
        String slug = technicalName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-")
                .replaceFirst("^[^a-z]+", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80);
        }
        return SLUG.matcher(slug).matches() ? Optional.of(slug) : Optional.empty();
    }

    FieldDraft toDraft() {
        String fieldSlug = slug != null ? slug : slugFor(technicalName).orElseThrow(
                () -> new IllegalStateException("technical name was validated to give a slug"));
        return new FieldDraft(fieldSlug, title.strip(), technicalName.strip(), description.strip(),
                datatype == null ? "" : datatype, containsPersonalData,
                containsPersonalData ? List.copyOf(categories) : List.of(),
                confidentiality == null ? "" : confidentiality,
                legalGround.isBlank() ? null : legalGround.strip());
    }

    String getTitle() {
        return title;
    }

    void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    String getTechnicalName() {
        return technicalName;
    }

    void setTechnicalName(@Nullable String technicalName) {
        this.technicalName = technicalName == null ? "" : technicalName;
    }

    String getDescription() {
        return description;
    }

    void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }

    @Nullable String getDatatype() {
        return datatype;
    }

    void setDatatype(@Nullable String datatype) {
        this.datatype = datatype;
    }

    boolean isContainsPersonalData() {
        return containsPersonalData;
    }

    void setContainsPersonalData(@Nullable Boolean containsPersonalData) {
        this.containsPersonalData = Boolean.TRUE.equals(containsPersonalData);
    }

    Set<String> getCategories() {
        return categories;
    }

    void setCategories(@Nullable Set<String> categories) {
        this.categories = categories == null ? new LinkedHashSet<>() : new LinkedHashSet<>(categories);
    }

    @Nullable String getConfidentiality() {
        return confidentiality;
    }

    void setConfidentiality(@Nullable String confidentiality) {
        this.confidentiality = confidentiality;
    }

    String getLegalGround() {
        return legalGround;
    }

    void setLegalGround(@Nullable String legalGround) {
        this.legalGround = legalGround == null ? "" : legalGround;
    }
}
