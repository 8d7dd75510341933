package dev.factline.model;

import java.time.Instant;

/**
 * A registered topic: the name of a timeline and of a pending queue.
 *
 * @param title     what people call it; the id itself for a topic registered by its first claim
 * @param createdBy the user who started it
 */
public record Topic(String id, String title, String createdBy, Instant createdAt) {
}
