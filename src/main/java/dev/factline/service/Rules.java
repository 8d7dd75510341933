package dev.factline.service;

import dev.factline.model.EventDate;
import dev.factline.model.Source;
import dev.factline.model.WebUrl;

import java.net.URI;
import java.net.URISyntaxException;

/** The field rules the contract shares between sources, claims and reviews. */
final class Rules {

    static final int MAX_URL_LENGTH = 2048;

    private Rules() {
    }

    /** Trims {@code value}; records an error unless 1..max characters remain. Null in, null out. */
    static String requiredText(FieldErrors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        return optionalText(errors, field, value, max);
    }

    /** Trims {@code value}; blank becomes null; records an error past {@code max} characters. */
    static String optionalText(FieldErrors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            errors.add(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    static EventDate eventDate(FieldErrors errors, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return EventDate.parse(value);
        } catch (EventDate.InvalidEventDateException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    /** An absolute URL of one of the given schemes ("urn" meaning a URN), or null with an error. */
    static String uri(FieldErrors errors, String field, String value, boolean allowUrn) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        if (value.length() > MAX_URL_LENGTH) {
            errors.add(field, "must be at most " + MAX_URL_LENGTH + " characters");
            return null;
        }
        String schemes = allowUrn ? "an absolute https:, http: or urn: URI" : "an absolute http(s) URL";
        try {
            URI uri = new URI(value);
            boolean urn = allowUrn && "urn".equalsIgnoreCase(uri.getScheme())
                    && uri.getSchemeSpecificPart().matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}:\\S+");
            if (!WebUrl.isWeb(uri) && !urn) {
                errors.add(field, "must be " + schemes);
                return null;
            }
            return value;
        } catch (URISyntaxException e) {
            errors.add(field, "must be " + schemes);
            return null;
        }
    }

    /** A calendar date (YYYY-MM-DD) or a UTC timestamp (2024-11-16T09:30:00Z). */
    static String publicationDate(FieldErrors errors, String field, String value) {
        if (value == null) {
            return null;
        }
        if (Source.publicationDay(value).isEmpty()) {
            errors.add(field, "must be a date (YYYY-MM-DD) or a UTC timestamp (YYYY-MM-DDThh:mm:ssZ)");
            return null;
        }
        return value;
    }
}
