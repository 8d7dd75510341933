package dev.factline.http;

import dev.factline.model.EventDate;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.Reason;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The query string of a request; any parameter that is unknown or malformed is a 400. */
public final class QueryParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    private final Map<String, String> values;

    QueryParameters(Map<String, String> values, Set<String> allowed) {
        this.values = values == null ? Map.of() : values;
        Set<String> unknown = new TreeSet<>(this.values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw badParameter(unknown.iterator().next(), "is not a parameter of this route; known: "
                    + String.join(", ", new TreeSet<>(allowed)));
        }
    }

    /** The value, or null when absent; an empty value counts as absent. */
    public String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public int limit() {
        String value = get("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("[0-9]{1,3}")) {
            throw badParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        int limit = Integer.parseInt(value);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    public EventDate date(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        try {
            return EventDate.parse(value);
        } catch (EventDate.InvalidEventDateException e) {
            throw badParameter(name, e.getMessage());
        }
    }

    public static FactlineException badParameter(String name, String message) {
        return new FactlineException(Reason.BAD_REQUEST, "query parameter " + name + ": " + message,
                java.util.List.of(new FactlineException.FieldError(name, message)));
    }
}
