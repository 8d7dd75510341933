package dev.factline.handler;

import dev.factline.model.Claim;

/** The headers that tie a claim response to the version it shows. */
final class ClaimHeaders {

    private ClaimHeaders() {
    }

    static String etag(Claim claim) {
        return "\"" + claim.version() + "\"";
    }
}
