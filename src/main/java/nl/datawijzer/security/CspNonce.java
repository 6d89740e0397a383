package nl.datawijzer.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the request's CSP nonce on every script of Vaadin's bootstrap page. Vaadin writes its start-up configuration and
 * initial UI state as inline scripts whose text differs per request, so a hash cannot allow them, and
 * {@code 'unsafe-inline'} would allow any injected script too; a nonce fresh for each page allows exactly these.
 */
@Component
class CspNonce implements VaadinServiceInitListener {

    /** The request attribute {@link SecurityHeadersFilter} leaves the nonce of the current response in. */
    static final String ATTRIBUTE = CspNonce.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest().getAttribute(ATTRIBUTE) instanceof String nonce) {
                for (Element script : response.getDocument().getElementsByTag("script")) {
                    script.attr("nonce", nonce);
                }
            }
        });
    }
}
