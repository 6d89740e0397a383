package nl.datawijzer.quality.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.testsupport.PostgresDatabase;
import org.junit.jupiter.api.Test;

/**
 * The same crafted values through the CSV profiler (Java rules) and the database profiler (SQL rules): every count must
 * be the same, so a dataset's score does not depend on whether it was measured from a file or a table.
 */
class CsvSqlAgreementIT {

    @Test
    void csvAndDatabaseCountTheSameForEveryCraftedValue() {
        PostgresDatabase.Server server = PostgresDatabase.server();
        List<FieldSpec> fields = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (CraftedValues.Case c : CraftedValues.CASES) {
            fields.add(c.spec());
            List<String> column = new ArrayList<>(c.valid());
            column.addAll(c.invalid());
            column.addAll(List.of("", "  ", c.valid().isEmpty() ? "x" : " " + c.valid().getFirst() + "\t"));
            values.add(column);
        }
        // keys and code lists, with values that only differ by surrounding white space or case
        fields.add(new FieldSpec("c_key", "string", Optional.empty(), true, Set.of(), Optional.empty()));
        values.add(List.of("A", "a", " A ", "B", "", "b\t", "B"));
        fields.add(new FieldSpec("c_code", "string", Optional.empty(), false, Set.of("01", "02", " 03 "),
                Optional.empty()));
        values.add(List.of("01", " 02", "03", "3", "1", "", "01 ", "O1"));
        int rows = values.stream().mapToInt(List::size).max().orElseThrow();

        String schema = PostgresDatabase.freshSchema("agreement_it");
        List<String> columns = fields.stream().map(FieldSpec::technicalName).toList();
        PostgresDatabase.execute("CREATE TABLE " + schema + ".waarden (" + String.join(" text, ", columns) + " text)");
        List<String[]> table = new ArrayList<>();
        StringBuilder csv = new StringBuilder(String.join(";", columns)).append('\n');
        for (int r = 0; r < rows; r++) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                List<String> column = values.get(c);
                row[c] = r < column.size() ? column.get(r) : null;
                csv.append(c == 0 ? "" : ";").append(row[c] == null ? "" : '"' + row[c].replace("\"", "\"\"") + '"');
            }
            table.add(row);
            csv.append('\n');
        }
        PostgresDatabase.copy(schema + ".waarden", columns, table);

        ProfileSpec spec = new ProfileSpec(fields);
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        DatasetProfile fromFile = CsvProfiler.profile(new ByteArrayInputStream(bytes), bytes.length, spec,
                ProfilingProgress.NONE);
        DatasetProfile fromTable = DatabaseProfiler.profile(new DatabaseConnection("test", server.url(),
                server.user(), server.password()), schema + ".waarden", spec, ProfilingProgress.NONE);

        assertThat(fromTable.rows()).isEqualTo(fromFile.rows()).isEqualTo(rows);
        for (int i = 0; i < fields.size(); i++) {
            assertThat(fromTable.fields().get(i)).as(columns.get(i)).isEqualTo(fromFile.fields().get(i));
        }
        for (int i = 0; i < CraftedValues.CASES.size(); i++) {
            CraftedValues.Case c = CraftedValues.CASES.get(i);
            assertThat(fromFile.fields().get(i).invalid()).as(c.column()).isEqualTo(c.invalid().size());
        }
        FieldProfile key = fromFile.fields().get(fields.size() - 2);
        assertThat(key.duplicates()).hasValue(2);
        FieldProfile code = fromFile.fields().getLast();
        assertThat(code.outsideList()).hasValue(3);
    }
}
