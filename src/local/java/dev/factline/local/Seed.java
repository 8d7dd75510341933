package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.handler.Wiring;
import dev.factline.http.Json;
import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.service.ClaimService;
import dev.factline.service.NewClaim;
import dev.factline.service.NewReview;
import dev.factline.service.NewSource;
import dev.factline.service.NewTopic;
import dev.factline.service.SourceService;
import dev.factline.service.TopicService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed topic: started with its title, the article as a source added to it, and its dated
 * claims, each quoting it, each reviewed. Loaded through the services the API uses; idempotency keys make a second run
 * find what the first stored instead of adding to it.
 */
public final class Seed {

    public static final String RESOURCE = "seed/biden-xi-apec-2024.json";

    private Seed() {
    }

    /**
     * When the seed's claims are submitted and reviewed: the evening of the article's day, so
     * that the public pages show a plausible, fixed time rather than whenever the runner started.
     */
    public static final Instant SEEDED_AT = Instant.parse("2024-11-16T18:00:00Z");

    /** What a seed run left in the table; {@code added} counts the claims this run stored (none on a restart). */
    public record Result(String topic, String sourceId, List<Claim> claims, int added) {
    }

    /** Starts the seed topic, adds its article to it, then submits and reviews the claims. */
    public static Result apply(Wiring serverWiring) {
        Wiring wiring = serverWiring.at(Clock.fixed(SEEDED_AT, ZoneOffset.UTC));
        SourceService sources = wiring.sources();
        ClaimService claims = wiring.claims();
        TopicService topics = wiring.topics();
        JsonNode seed = readJson(RESOURCE);
        String topic = seed.path("topic").asText();
        String factChecker = seed.path("factChecker").asText();
        String editor = seed.path("editor").asText();
        if (!topics.exists(topic)) {
            topics.create(new NewTopic(topic, seed.path("topicTitle").asText()), factChecker);
        }
        JsonNode source = seed.path("source");
        String text = readText("seed/" + source.path("textFile").asText());
        String sourceId = sources.create(new NewSource(source.path("url").asText(), source.path("title").asText(),
                null, source.path("publishedAt").asText(), text, topic), factChecker).source().id();

        List<Claim> stored = new ArrayList<>();
        int added = 0;
        for (JsonNode entry : seed.path("claims")) {
            NewClaim input = new NewClaim(topic, entry.path("statement").asText(), entry.path("eventDate").asText(),
                    null, entry.path("claimant").isNull() ? null : entry.path("claimant").asText(), sourceId,
                    entry.path("quote").asText(), dateProvenance(entry.path("dateProvenance")));
            ClaimService.Submitted submitted = claims.submit(input, factChecker, entry.path("key").asText());
            Claim claim = submitted.claim();
            if (!submitted.replayed()) {
                added++;
            }
            if (claim.status() == ClaimStatus.PENDING) {
                JsonNode review = entry.path("review");
                List<NewReview.NewEvidence> evidence = new ArrayList<>();
                review.path("evidence").forEach(e -> evidence.add(
                        new NewReview.NewEvidence(e.path("url").asText(), e.path("title").asText())));
                claim = claims.review(claim.id(), claim.version(), new NewReview(review.path("rating").asText(),
                        review.path("explanation").asText(), evidence), editor);
            }
            stored.add(claim);
        }
        return new Result(topic, sourceId, stored, added);
    }

    /** A seed claim's date basis, as the candidates route gives it; null when it was dated by hand. */
    private static NewClaim.NewDateProvenance dateProvenance(JsonNode p) {
        if (p.isMissingNode() || p.isNull()) {
            return null;
        }
        return new NewClaim.NewDateProvenance(p.path("phrase").asText(), p.path("basis").asText(null),
                p.path("anchor").asText(null), p.path("approximate").asBoolean());
    }

    static JsonNode readJson(String resource) {
        try (InputStream in = open(resource)) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String readText(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Seed.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }
}
