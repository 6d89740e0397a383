package nl.datawijzer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Dutch and English texts stay complete: every key in one language exists, non-empty, in the other. */
class TranslationsTest {

    /** The bundles the portal reads: a bundle added to {@link Messages#BUNDLES} is checked without touching this test. */
    static List<String> bundles() {
        return Messages.BUNDLES;
    }

    @Test
    void everyBundleInTheI18nFolderIsOneThePortalReads() throws Exception {
        Path folder = Path.of(TranslationsTest.class.getResource("/i18n/messages.properties").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> dutch = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .filter(n -> !n.endsWith("_en.properties")).map(n -> "i18n/" + n.replace(".properties", ""))
                    .sorted().toList();
            assertThat(Messages.BUNDLES).containsExactlyInAnyOrderElementsOf(dutch);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
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
