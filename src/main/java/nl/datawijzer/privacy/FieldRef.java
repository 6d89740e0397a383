package nl.datawijzer.privacy;

import nl.datawijzer.catalog.FieldId;

/** A field named the way people recognise it: its dataset's title and its own. */
public record FieldRef(FieldId id, String title, String datasetTitle) {
}
