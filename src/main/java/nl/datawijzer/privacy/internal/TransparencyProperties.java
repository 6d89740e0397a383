package nl.datawijzer.privacy.internal;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where residents ask to see their own data (inzageverzoek), shown on the public page "Waar ben ik bekend?". A wrong
 * value stops the start with a clear message rather than showing residents a broken link.
 *
 * @param inspectionUrl   web page (http or https) that explains the request or holds its form
 * @param inspectionEmail e-mail address (a functional mailbox) that takes requests
 */
@ConfigurationProperties("datawijzer.transparency")
public record TransparencyProperties(
        @DefaultValue("https://www.huizen.nl/privacy") String inspectionUrl,
        @DefaultValue("gemeente@huizen.nl") String inspectionEmail) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public TransparencyProperties {
        if (!isWebAddress(inspectionUrl)) {
            throw new IllegalArgumentException("datawijzer.transparency.inspection-url moet een http(s)-adres zijn, niet '"
                    + inspectionUrl + "'");
        }
        if (inspectionEmail == null || !EMAIL.matcher(inspectionEmail).matches()) {
            throw new IllegalArgumentException("datawijzer.transparency.inspection-email moet een e-mailadres zijn, niet '"
                    + inspectionEmail + "'");
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
