package nl.datawijzer.privacy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the processing register says about one processing activity, in the words a resident reads: register texts and
 * concept labels only.
 *
 * @param title        the activity's name
 * @param purposes     why the municipality uses the data
 * @param legalBases   the GDPR legal bases (concept labels)
 * @param law          the specific law, when recorded
 * @param dataSubjects about whom (concept labels, e.g. "Inwoners")
 * @param categories   the kinds of personal data the register names for this activity
 * @param retention    how long the data are kept, when recorded
 * @param recipients   who receives the data
 */
public record Processing(String title, List<String> purposes, List<String> legalBases, @Nullable String law,
        List<String> dataSubjects, List<DataCategory> categories, @Nullable String retention, List<String> recipients) {

    public Processing {
        purposes = List.copyOf(purposes);
        legalBases = List.copyOf(legalBases);
        dataSubjects = List.copyOf(dataSubjects);
        categories = List.copyOf(categories);
        recipients = List.copyOf(recipients);
    }
}
