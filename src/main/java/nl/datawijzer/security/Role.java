package nl.datawijzer.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's roles. Roles add up: every signed-in role also holds {@link #MEDEWERKER}. Use the
 * {@code *_NAME} constants in {@code @RolesAllowed} and {@code @PreAuthorize}.
 */
public enum Role {
    MEDEWERKER,
    ANALIST,
    BEHEERDER,
    FG,
    ADMIN;

    public static final String MEDEWERKER_NAME = "MEDEWERKER";
    public static final String ANALIST_NAME = "ANALIST";
    public static final String BEHEERDER_NAME = "BEHEERDER";
    public static final String FG_NAME = "FG";
    public static final String ADMIN_NAME = "ADMIN";

    /** This role and the roles it implies. */
    public Set<Role> withImplied() {
        Set<Role> roles = EnumSet.of(this, MEDEWERKER);
        return roles;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
