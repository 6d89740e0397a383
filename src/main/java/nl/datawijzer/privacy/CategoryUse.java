package nl.datawijzer.privacy;

import java.util.List;
import nl.datawijzer.catalog.Label;

/**
 * One personal data category of a processing activity and where it comes from: recorded by hand on the activity
 * ("handmatig"), derived from the fields of the datasets it links to, directly or through a linked system
 * ("afgeleid"), or both.
 *
 * @param sources the datasets whose personal-data fields carry this category; empty when it is manual only
 */
public record CategoryUse(Label category, boolean manual, List<LinkedRecord> sources) {

    public CategoryUse {
        sources = List.copyOf(sources);
    }

    public boolean derived() {
        return !sources.isEmpty();
    }
}
