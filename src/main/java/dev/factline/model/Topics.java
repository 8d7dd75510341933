package dev.factline.model;

import java.util.regex.Pattern;

/** A topic names a timeline: 1-64 of a-z, 0-9 and '-', starting with a letter or digit. */
public final class Topics {

    public static final String RULE = "must be 1-64 of a-z, 0-9 and '-', starting with a letter or digit";
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Topics() {
    }

    public static boolean isValid(String topic) {
        return topic != null && TOPIC.matcher(topic).matches();
    }
}
