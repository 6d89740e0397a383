package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimRolesTest {

    private final ClaimRoles entra = new ClaimRoles("roles",
            Map.of("Datawijzer.FG", Role.FG, "Datawijzer.Medewerker", Role.MEDEWERKER));

    @Test
    void mapsListedClaimValuesToRolesAndImpliesMedewerker() {
        assertThat(entra.rolesFor(Map.of("roles", List.of("Datawijzer.FG"))))
                .containsExactlyInAnyOrder(Role.FG, Role.MEDEWERKER);
    }

    @Test
    void grantsNothingForUnlistedValuesOrAMissingOrMalformedClaim() {
        assertThat(entra.rolesFor(Map.of("roles", List.of("FG", "ADMIN", "Datawijzer.Beheerder")))).isEmpty();
        assertThat(entra.rolesFor(Map.of("groups", List.of("Datawijzer.FG")))).isEmpty();
        assertThat(entra.rolesFor(Map.of())).isEmpty();
        assertThat(entra.rolesFor(Map.of("roles", Map.of("Datawijzer.FG", true)))).isEmpty();
        assertThat(entra.rolesFor(Map.of("roles", List.of(42, Map.of())))).isEmpty();
    }

    @Test
    void readsAKeycloakPathThroughNestedClaims() {
        ClaimRoles realm = new ClaimRoles("realm_access.roles", Map.of("datawijzer-beheerder", Role.BEHEERDER));
        ClaimRoles client = new ClaimRoles("resource_access.datawijzer.roles", Map.of("admin", Role.ADMIN));
        Map<String, Object> claims = Map.of(
                "realm_access", Map.of("roles", List.of("offline_access", "datawijzer-beheerder")),
                "resource_access", Map.of("datawijzer", Map.of("roles", List.of("admin"))));
        assertThat(realm.rolesFor(claims)).containsExactlyInAnyOrder(Role.BEHEERDER, Role.MEDEWERKER);
        assertThat(client.rolesFor(claims)).containsExactlyInAnyOrder(Role.ADMIN, Role.MEDEWERKER);
        assertThat(realm.rolesFor(Map.of("realm_access", List.of("roles")))).isEmpty();
    }

    @Test
    void aClaimNamedWithDotsIsReadAsOneNameBeforeAPath() {
        ClaimRoles uri = new ClaimRoles("https://huizen.nl/claims/roles", Map.of("fg", Role.FG));
        assertThat(uri.rolesFor(Map.of("https://huizen.nl/claims/roles", "fg"))).contains(Role.FG);
    }

    @Test
    void aSingleStringIsOneValueAndCaseDoesNotMatter() {
        assertThat(entra.rolesFor(Map.of("roles", "datawijzer.fg"))).contains(Role.FG);
        assertThat(entra.rolesFor(Map.of("roles", "Datawijzer.FG Datawijzer.Medewerker"))).isEmpty();
    }

    @Test
    void severalValuesAddUp() {
        ClaimRoles mapping = new ClaimRoles("roles", Map.of("a", Role.ANALIST, "f", Role.FG));
        assertThat(mapping.rolesFor(Map.of("roles", List.of("a", "f", "x"))))
                .containsExactlyInAnyOrder(Role.ANALIST, Role.FG, Role.MEDEWERKER);
    }
}
