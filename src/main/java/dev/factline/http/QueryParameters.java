package dev.factline.http;

import dev.factline.model.EventDate;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.Reason;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The query string of a request, and every way Factline reads one: any parameter that is unknown,
 * missing when required or malformed is a 400 naming it.
 */
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

    /** A value that must be present and follow {@code rule}, e.g. a topic. */
    public String required(String name, Predicate<String> valid, String rule) {
        String value = get(name);
        if (value == null) {
            throw badParameter(name, "is required");
        }
        if (!valid.test(value)) {
            throw badParameter(name, rule);
        }
        return value;
    }

    /**
     * One of a set of named values, or {@code absent} when the parameter is.
     *
     * @param named the value a name stands for, empty for a name that stands for none
     * @param rule  what the caller is told for such a name, e.g. "must be one of a, b"
     */
    public <T> T oneOf(String name, T absent, Function<String, Optional<T>> named, String rule) {
        String value = get(name);
        return value == null ? absent : named.apply(value).orElseThrow(() -> badParameter(name, rule));
    }

    /** A comma-separated list of named values, as {@link #oneOf}; empty when the parameter is absent. */
    public <T> Set<T> setOf(String name, Function<String, Optional<T>> named, String rule) {
        String value = get(name);
        Set<T> values = new LinkedHashSet<>();
        if (value != null) {
            for (String each : value.split(",", -1)) {
                values.add(named.apply(each.strip()).orElseThrow(() -> badParameter(name, rule)));
            }
        }
        return values;
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

    static FactlineException badParameter(String name, String message) {
        return bad("query parameter", name, message);
    }

    /** A 400 for a parameter of the request, named with where it came from ("query parameter"). */
    static FactlineException bad(String where, String name, String message) {
        return new FactlineException(Reason.BAD_REQUEST, where + " " + name + ": " + message,
                List.of(new FactlineException.FieldError(name, message)));
    }
}
