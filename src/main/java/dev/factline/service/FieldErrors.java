package dev.factline.service;

import dev.factline.service.FactlineException.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Collects every rule a request breaks, so the caller learns of all of them at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws a 422 validation failure naming every collected error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw FactlineException.invalid(errors);
        }
    }
}
