package dev.factline.handler;

import dev.factline.http.QueryParameters;

import java.util.regex.Pattern;

final class Topics {

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Topics() {
    }

    static void requireValid(String topic) {
        if (!TOPIC.matcher(topic).matches()) {
            throw QueryParameters.badParameter("topic",
                    "must be 1-64 of a-z, 0-9 and '-', starting with a letter or digit");
        }
    }
}
