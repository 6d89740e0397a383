package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.datawijzer.DatawijzerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ProductionProfileTest {

    private static final String STRONG_HASH = new BCryptPasswordEncoder().encode("een-echt-sterk-wachtwoord");

    @Test
    void productionRefusesActiveDemoAccounts() {
        SecurityProperties demo = new SecurityProperties(true,
                List.of(new SecurityProperties.Account("fg.huizen", STRONG_HASH, List.of(Role.FG))));
        assertThatThrownBy(() -> AccountConfiguration.checkProduction(demo))
                .hasMessageContaining("demo-accounts staat aan");
    }

    @Test
    void productionRefusesDemoUsernamesPlainPasswordsAndTheDemoPassword() {
        SecurityProperties bad = new SecurityProperties(false, List.of(
                new SecurityProperties.Account("beheerder", STRONG_HASH, List.of(Role.BEHEERDER)),
                new SecurityProperties.Account("jan", "geheim", List.of(Role.MEDEWERKER)),
                new SecurityProperties.Account("piet", new BCryptPasswordEncoder().encode(DemoAccounts.PASSWORD),
                        List.of(Role.ADMIN))));
        assertThatThrownBy(() -> AccountConfiguration.checkProduction(bad))
                .hasMessageContaining("'beheerder' is een demo-account")
                .hasMessageContaining("'jan' heeft geen bcrypt-hash")
                .hasMessageContaining("'piet' gebruikt het demo-wachtwoord");
    }

    @Test
    void productionRefusesToStartWithoutAccounts() {
        assertThatThrownBy(() -> AccountConfiguration.checkProduction(new SecurityProperties(false, List.of())))
                .hasMessageContaining("geen account");
    }

    @Test
    void productionAcceptsBcryptAccounts() {
        SecurityProperties good = new SecurityProperties(false,
                List.of(new SecurityProperties.Account("fg.huizen", "{bcrypt}" + STRONG_HASH, List.of(Role.FG))));
        assertThatCode(() -> AccountConfiguration.checkProduction(good)).doesNotThrowAnyException();
    }

    @Test
    void applicationDoesNotStartInProductionProfileWithDemoAccounts(@TempDir java.nio.file.Path data) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DatawijzerApplication.class)
                .profiles("prod")
                .properties("server.port=0", "datawijzer.store.data-dir=" + data, "datawijzer.seed.enabled=false",
                        "datawijzer.security.demo-accounts=true")
                .run().close())
                .hasStackTraceContaining("Datawijzer start niet in het productieprofiel");
    }
}
