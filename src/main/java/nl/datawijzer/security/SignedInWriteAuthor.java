package nl.datawijzer.security;

import nl.datawijzer.rdf.WriteAuthor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The audit trail's "who": the signed-in account, the API key, or the system when nobody is signed in. */
@Component
class SignedInWriteAuthor implements WriteAuthor {

    /** The strategy the application's security reads (Vaadin installs its own), not the JVM-wide default. */
    private final SecurityContextHolderStrategy holder;

    SignedInWriteAuthor(SecurityContextHolderStrategy holder) {
        this.holder = holder;
    }

    @Override
    public String name() {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return "anoniem";
        }
        return authentication.getName();
    }
}
