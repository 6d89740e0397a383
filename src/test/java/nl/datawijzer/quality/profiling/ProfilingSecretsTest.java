package nl.datawijzer.quality.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilingSecretsTest {

    private static final String PASSWORD = "S3cret-wachtwoord!";

    @Test
    void aConnectionNeverShowsItsPassword() {
        DatabaseConnection connection = new DatabaseConnection("warehouse", "jdbc:postgresql://db:5432/dwh", "lezer",
                PASSWORD);

        assertThat(connection.toString()).doesNotContain(PASSWORD).contains("warehouse");
    }

    @Test
    void everyDatabaseErrorIsToldInOurWordsWithoutTheDriversMessage() {
        String leaky = "FATAL: password authentication failed for user \"lezer\" password=" + PASSWORD
                + " value 'Jan Jansen, 111222333'";
        List<SQLException> errors = List.of(
                new SQLException(leaky, "28P01"),
                new SQLException(leaky, "28000"),
                new SQLException(leaky, "3D000"),
                new SQLException(leaky, "57014"),
                new SQLException(leaky, "42P01"),
                new SQLException(leaky, "42501"),
                new SQLException(leaky, "08001", new ConnectException(leaky)),
                new SQLException(leaky, null, new UnknownHostException(leaky)),
                new SQLException(leaky, "22P02"),
                new SQLException(leaky));

        for (SQLException error : errors) {
            for (String step : List.of("connect", "aggregate")) {
                ProfilingException e = DatabaseProfiler.translate(error, "warehouse", "dwh.client", step, 60);
                assertThat(e.messageNl() + e.messageEn() + e.getMessage()).as(error.getSQLState() + " " + step)
                        .doesNotContain(PASSWORD).doesNotContain("Jansen").doesNotContain("lezer")
                        .contains("warehouse");
            }
        }
    }

    @Test
    void namesTheKindOfFailure() {
        assertThat(DatabaseProfiler.translate(new SQLException("x", "28P01"), "warehouse", "t", "connect", 60)
                .messageNl()).isEqualTo("Inloggen bij de database van verbinding 'warehouse' is geweigerd: controleer "
                        + "gebruikersnaam en wachtwoord in de configuratie.");
        assertThat(DatabaseProfiler.translate(new SQLException("x", "08001", new ConnectException("x")), "warehouse",
                "t", "connect", 60).messageNl()).isEqualTo("De database van verbinding 'warehouse' is niet bereikbaar.");
        assertThat(DatabaseProfiler.translate(new SQLException("x", "42P01"), "warehouse", "dwh.client", "aggregate",
                60).messageNl()).isEqualTo("De tabel 'dwh.client' bestaat niet in de database van verbinding "
                        + "'warehouse'.");
        assertThat(DatabaseProfiler.translate(new SQLException("x", "57014"), "warehouse", "dwh.client", "aggregate",
                60).messageEn()).isEqualTo("Profiling table 'dwh.client' (connection 'warehouse') took longer than 60 seconds and was "
                        + "stopped.");
        assertThat(DatabaseProfiler.translate(new SQLException("x", "22P02"), "warehouse", "dwh.client", "aggregate",
                60).messageNl()).endsWith("(SQLState 22P02).");
    }
}
