package nl.datawijzer.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.datawijzer.catalog.Language;
import org.springframework.stereotype.Component;

/**
 * The UI's translations: {@code i18n/messages.properties} is Dutch (the default), {@code messages_en}
 * English. No fallback to the JVM's locale, so a server set to English still shows Dutch by default.
 */
@Component
public class Messages implements I18NProvider {

    /** One bundle per feature, so features add their texts without touching each other's files. */
    /** Every message bundle, looked up in this order; package-private so the translation test checks exactly these. */
    static final List<String> BUNDLES = List.of("i18n/messages", "i18n/catalog", "i18n/search", "i18n/privacy",
            "i18n/register",
            "i18n/privacy-lineage",
            "i18n/transparency",
            "i18n/publication",
            "i18n/opendata-portal",
            "i18n/sparql",
            "i18n/hosting",
            "i18n/dcat-import",
            "i18n/needs",
            "i18n/needs-notify",
            "i18n/needs-board",
            "i18n/needs-form",
            "i18n/needs-page",
            "i18n/lineage",
            "i18n/lineage-picture",
            "i18n/openlineage",
            "i18n/quality", "i18n/quality-ui",
            "i18n/audit",
            "i18n/sso",
            "i18n/backup");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.DUTCH, Language.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle texts = ResourceBundle.getBundle(bundle, effective, NO_FALLBACK);
                if (texts.containsKey(key)) {
                    String pattern = texts.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
                }
            } catch (MissingResourceException e) {
                // bundle not present: try the next one
            }
        }
        return "!" + key;
    }
}
