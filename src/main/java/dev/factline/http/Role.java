package dev.factline.http;

import java.util.Arrays;
import java.util.Optional;

/** The Cognito groups Factline knows. Editors may do all a fact-checker may. */
public enum Role {
    FACT_CHECKER("fact-checkers"), EDITOR("editors");

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }

    static Optional<Role> fromGroupName(String name) {
        return Arrays.stream(values()).filter(r -> r.groupName.equals(name)).findFirst();
    }
}
