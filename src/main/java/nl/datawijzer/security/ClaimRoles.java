package nl.datawijzer.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps the values of a role claim in an OpenID Connect token to Datawijzer roles, by configuration only: a
 * value that is not listed grants nothing, and a missing or malformed claim grants nothing.
 *
 * @param claim   a claim name, or a dotted path into nested claims (Keycloak's {@code realm_access.roles})
 * @param mapping claim value to role
 */
record ClaimRoles(String claim, Map<String, Role> mapping) {

    ClaimRoles {
        Map<String, Role> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(mapping);
        mapping = caseless;
    }

    /** The roles the claims grant, implied roles included; empty when nothing maps. */
    Set<Role> rolesFor(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claims)) {
            Role role = mapping.get(value.strip());
            if (role != null) {
                roles.addAll(role.withImplied());
            }
        }
        return roles;
    }

    /** The claim's string values, whether it holds one or a list; empty when absent. */
    Collection<String> values(Map<String, Object> claims) {
        // A claim named with dots (a URI, as some providers use) wins over a path through nested claims.
        Object found = claims.containsKey(claim) ? claims.get(claim) : atPath(claims);
        if (found instanceof String single) {
            return Set.of(single);
        }
        if (found instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return Set.of();
    }

    private Object atPath(Map<String, Object> claims) {
        Object current = claims;
        for (String step : claim.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }
}
