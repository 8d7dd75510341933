package dev.factline.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.service.FactlineException;
import dev.factline.service.FactlineException.Reason;
import dev.factline.service.FieldErrors;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of a JSON object body. Unknown and server-owned fields are refused with a
 * 400 before anything else; a field of the wrong JSON type is a 422 on that field.
 */
public final class BodyReader {

    private final ObjectNode body;
    private final String path;
    private final FieldErrors typeErrors;

    private BodyReader(ObjectNode body, String path, FieldErrors typeErrors) {
        this.body = body;
        this.path = path;
        this.typeErrors = typeErrors;
    }

    /**
     * @param allowed     the fields the caller may send
     * @param serverOwned fields the server sets, named as such when sent
     */
    public static BodyReader of(ObjectNode body, Set<String> allowed, Set<String> serverOwned) {
        BodyReader reader = new BodyReader(body, "", new FieldErrors());
        reader.refuseFieldsOutside(allowed, serverOwned);
        return reader;
    }

    public String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            typeErrors.add(path + field, "must be a string");
            return null;
        }
        return node.textValue();
    }

    public Double number(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            typeErrors.add(path + field, "must be a number");
            return null;
        }
        return node.doubleValue();
    }

    public Boolean bool(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            typeErrors.add(path + field, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    /** A nested object read with its own field rules; empty when absent, null or of another type. */
    public java.util.Optional<BodyReader> object(String field, Set<String> allowed) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return java.util.Optional.empty();
        }
        if (!node.isObject()) {
            typeErrors.add(path + field, "must be an object " + shape(allowed));
            return java.util.Optional.empty();
        }
        BodyReader reader = new BodyReader((ObjectNode) node, path + field + ".", typeErrors);
        reader.refuseFieldsOutside(allowed, Set.of());
        return java.util.Optional.of(reader);
    }

    /** The entries of an array of objects, each read with the same field rules. */
    public List<BodyReader> objects(String field, Set<String> allowed) {
        JsonNode node = body.get(field);
        List<BodyReader> readers = new ArrayList<>();
        if (node == null || node.isNull()) {
            return readers;
        }
        if (!node.isArray()) {
            typeErrors.add(path + field, "must be an array");
            return readers;
        }
        for (int i = 0; i < node.size(); i++) {
            String entryPath = path + field + "[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                typeErrors.add(entryPath, "must be an object " + shape(allowed));
                continue;
            }
            BodyReader reader = new BodyReader((ObjectNode) entry, entryPath + ".", typeErrors);
            reader.refuseFieldsOutside(allowed, Set.of());
            readers.add(reader);
        }
        return readers;
    }

    /** Throws a 422 naming every field of the wrong type read so far. */
    public void throwIfWrongTypes() {
        typeErrors.throwIfAny();
    }

    private void refuseFieldsOutside(Set<String> allowed, Set<String> serverOwned) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (serverOwned.contains(name)) {
                throw refused(name, "is set by the server and may not be sent");
            }
            if (!allowed.contains(name)) {
                throw refused(name, "is not a field of this request; its fields are "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    /** The fields an object takes, written as JSON would show them: {"title", "url"}. */
    private static String shape(Set<String> allowed) {
        return new java.util.TreeSet<>(allowed).stream().map(f -> "\"" + f + "\"")
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private FactlineException refused(String name, String message) {
        return new FactlineException(Reason.BAD_REQUEST, path + name + " " + message,
                List.of(new FactlineException.FieldError(path + name, message)));
    }
}
