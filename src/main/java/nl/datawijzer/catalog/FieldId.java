package nl.datawijzer.catalog;

/** Identifies a field by its dataset and its own slug. */
public record FieldId(DatasetId dataset, String slug) {
    public FieldId {
        Ids.checked(slug);
    }

    @Override
    public String toString() {
        return dataset.slug() + "/" + slug;
    }
}
