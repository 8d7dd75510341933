package dev.factline.service;

/** A claim as submitted: every field raw, before the rules are applied. */
public record NewClaim(String topic, String statement, String eventDate, String endDate, String claimant,
                       String sourceId, String quote) {
}
