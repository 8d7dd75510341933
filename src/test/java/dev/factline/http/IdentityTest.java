package dev.factline.http;

import dev.factline.service.FactlineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdentityTest {

    @ParameterizedTest
    @ValueSource(strings = {"[editors fact-checkers]", "[\"editors\",\"fact-checkers\"]",
            "[\"editors\", \"fact-checkers\", \"other\"]", "editors fact-checkers", "[fact-checkers,editors]"})
    void groups_inEveryFormApiGatewayDelivers_giveBothRoles(String claim) {
        assertEquals(Set.of(Role.EDITOR, Role.FACT_CHECKER), Identity.parseGroups(claim));
    }

    @Test
    void groups_singleName_givesThatRole() {
        assertEquals(Set.of(Role.EDITOR), Identity.parseGroups("editors"));
        assertEquals(Set.of(Role.FACT_CHECKER), Identity.parseGroups("[fact-checkers]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "readers", "[\"editors\"", "Editors", "[editorsx]", "{\"editors\": 1}"})
    void groups_unknownOrMalformed_giveNoRole(String claim) {
        assertEquals(Set.of(), Identity.parseGroups(claim));
    }

    @Test
    void claims_withoutSubject_areUnauthenticated() {
        var e = assertThrows(FactlineException.class, () -> Identity.fromClaims(Map.of("cognito:groups", "editors")));
        assertEquals(FactlineException.Reason.UNAUTHENTICATED, e.reason());
        assertThrows(FactlineException.class, () -> Identity.fromClaims(null));
        assertThrows(FactlineException.class, () -> Identity.fromClaims(Map.of("sub", " ")));
    }

    @Test
    void require_refusesWithoutTheRole() {
        Identity checker = Identity.fromClaims(Map.of("sub", "a", "cognito:groups", "[fact-checkers]"));
        assertEquals(checker, checker.require(Role.FACT_CHECKER, Role.EDITOR));
        var e = assertThrows(FactlineException.class, () -> checker.require(Role.EDITOR));
        assertEquals(FactlineException.Reason.FORBIDDEN, e.reason());
    }
}
