package dev.factline.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.factline.model.Timestamps;
import dev.factline.model.Withdrawal;

import java.util.HashMap;
import java.util.Map;

/**
 * 410 Gone for the page of a claim that was published and then withdrawn: an RFC 9457 problem
 * with two extension members, {@code withdrawnAt} and {@code reason} (null when the editor gave
 * none), so that a link someone shared says what happened instead of breaking silently.
 * It names no editor.
 */
public final class Gone {

    static final String TYPE = "urn:factline:problem:gone";

    private Gone() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GoneProblem(String type, String title, int status, String detail, String withdrawnAt, String reason) {
    }

    public static APIGatewayV2HTTPResponse response(Withdrawal withdrawal, Map<String, String> extraHeaders) {
        String at = withdrawal == null ? null : Timestamps.format(withdrawal.at());
        String reason = withdrawal == null ? null : withdrawal.reason();
        String detail = "this claim was withdrawn" + (at == null ? "" : " on " + at.substring(0, 10))
                + (reason == null ? "; no reason was given" : ": " + reason);
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", Responses.PROBLEM_JSON);
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(410)
                    .withHeaders(headers)
                    .withBody(Json.MAPPER.writeValueAsString(new GoneProblem(TYPE, "Gone", 410, detail, at, reason)))
                    .withIsBase64Encoded(false)
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a withdrawal cannot be written as a problem", e);
        }
    }
}
