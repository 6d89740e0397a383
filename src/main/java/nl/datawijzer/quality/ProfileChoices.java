package nl.datawijzer.quality;

import java.util.List;
import java.util.Locale;
import nl.datawijzer.catalog.FieldId;

/**
 * What a steward can choose from when setting a dataset's profile source and rules. Connections are named only: their
 * address and credentials stay in the configuration.
 *
 * @param fields the dataset's own fields, in their declared order
 * @param files the dataset's hosted CSV and XLSX files
 * @param connections the configured connection names, sorted
 * @param valueLists concept schemes with codes (skos:notation)
 * @param referenced the fields the current rules reference, so a form can name them
 */
public record ProfileChoices(List<FieldOption> fields, List<FileOption> files, List<String> connections,
        List<ListOption> valueLists, List<FieldOption> referenced) {

    public ProfileChoices {
        fields = List.copyOf(fields);
        files = List.copyOf(files);
        connections = List.copyOf(connections);
        valueLists = List.copyOf(valueLists);
        referenced = List.copyOf(referenced);
    }

    /** A field, with its dataset's title so a field of another dataset can be recognised. */
    public record FieldOption(FieldId id, String datasetTitle, String title, String technicalName) {
    }

    public record FileOption(String distributionIri, String fileName) {
    }

    public record ListOption(String iri, String labelNl, String labelEn) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && !labelEn.isBlank() ? labelEn : labelNl;
        }
    }
}
