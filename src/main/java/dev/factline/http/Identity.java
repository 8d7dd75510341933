package dev.factline.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.Reason;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who calls, as API Gateway's JWT authorizer says in {@code requestContext.authorizer.jwt.claims}:
 * {@code sub} and {@code cognito:groups}. Nothing else in a request speaks for identity.
 */
public record Identity(String userId, Set<Role> roles) {

    static final String SUBJECT_CLAIM = "sub";
    static final String GROUPS_CLAIM = "cognito:groups";

    public Identity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** @throws FactlineException 401 when the claims carry no subject */
    static Identity fromClaims(Map<String, String> claims) {
        if (claims == null) {
            throw unauthenticated();
        }
        String subject = claims.get(SUBJECT_CLAIM);
        if (subject == null || subject.isBlank()) {
            throw unauthenticated();
        }
        return new Identity(subject, parseGroups(claims.get(GROUPS_CLAIM)));
    }

    /**
     * Reads the groups claim in each form API Gateway may deliver it: flattened
     * ({@code [editors fact-checkers]}), a JSON array string, or a single name.
     * Unknown groups are ignored.
     */
    static Set<Role> parseGroups(String claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim == null || claim.isBlank()) {
            return roles;
        }
        String value = claim.strip();
        if (value.startsWith("[") && value.contains("\"")) {
            try {
                JsonNode array = Json.MAPPER.readTree(value);
                if (array.isArray()) {
                    array.forEach(n -> Role.fromGroupName(n.asText()).ifPresent(roles::add));
                }
                return roles;
            } catch (JsonProcessingException notJson) {
                return roles;
            }
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        Arrays.stream(value.split("[\\s,]+"))
                .forEach(name -> Role.fromGroupName(name).ifPresent(roles::add));
        return roles;
    }

    /** @throws FactlineException 403 unless the caller has one of {@code allowed} */
    public Identity require(Role... allowed) {
        for (Role role : allowed) {
            if (roles.contains(role)) {
                return this;
            }
        }
        throw new FactlineException(Reason.FORBIDDEN, "this needs the role "
                + String.join(" or ", Arrays.stream(allowed).map(Role::groupName).toList()));
    }

    private static FactlineException unauthenticated() {
        return new FactlineException(Reason.UNAUTHENTICATED, "a valid bearer token is required");
    }
}
