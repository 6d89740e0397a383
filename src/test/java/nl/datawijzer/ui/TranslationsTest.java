package nl.datawijzer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch and English texts stay complete: every key in one language exists, non-empty, in the other. */
class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/catalog", "i18n/search", "i18n/register", "i18n/privacy",
            "i18n/privacy-lineage", "i18n/transparency",
            "i18n/publication",
            "i18n/opendata-portal",
            "i18n/sparql",
            "i18n/privacy-lineage", "i18n/transparency", "i18n/hosting",
            "i18n/dcat-import",
            "i18n/needs",
            "i18n/needs-notify",
            "i18n/needs-board",
            "i18n/needs-form",
            "i18n/needs-page",
            "i18n/lineage",
            "i18n/lineage-picture",
            "i18n/openlineage"})
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyTexts(String bundle) throws IOException {
        Properties dutch = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertThat(dutch.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @org.junit.jupiter.api.Test
    void dutchIsTheDefaultEvenOnAServerInEnglishAndUnknownKeysAreVisible() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Messages messages = new Messages();
            assertThat(messages.getTranslation("app.logout", Locale.of("nl"))).isEqualTo("Afmelden");
            assertThat(messages.getTranslation("app.logout", Locale.of("de"))).isEqualTo("Afmelden");
            assertThat(messages.getTranslation("app.logout", Locale.ENGLISH)).isEqualTo("Sign out");
            assertThat(messages.getTranslation("app.signedInAs", Locale.ENGLISH, "fg", "FG")).isEqualTo("Signed in as fg (FG)");
            assertThat(messages.getTranslation("bestaat.niet", Locale.of("nl"))).isEqualTo("!bestaat.niet");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
