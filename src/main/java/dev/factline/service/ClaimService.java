package dev.factline.service;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.DatePrecision;
import dev.factline.model.DateProvenance;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.Timestamps;
import dev.factline.model.Topic;
import dev.factline.model.Topics;
import dev.factline.model.Withdrawal;
import dev.factline.service.FactlineException.Reason;
import dev.factline.store.FactlineStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The life of a claim: submitted pending, reviewed (again and again), withdrawn. */
public final class ClaimService {

    static final int MAX_STATEMENT = 1000;
    static final int MAX_CLAIMANT = 200;
    static final int MAX_EXPLANATION = 2000;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_EVIDENCE_TITLE = 300;
    static final int MAX_WITHDRAWAL_REASON = 1000;
    static final int MAX_DATE_PHRASE = 200;
    static final int MAX_DATE_BASIS = 500;

    private final FactlineStore store;
    private final Clock clock;
    private final Cursors cursors;

    public ClaimService(FactlineStore store, Clock clock, Cursors cursors) {
        this.store = store;
        this.clock = clock;
        this.cursors = cursors;
    }

    /** @param replayed true when an earlier submission with the same Idempotency-Key is returned */
    public record Submitted(Claim claim, boolean replayed) {
    }

    /**
     * A listing request; {@code cursor} is the previous page's nextCursor or null.
     *
     * @param newestFirst the reverse of the status's own order (pending and withdrawn: oldest
     *                    submission first; reviewed: timeline order)
     */
    public record ClaimQuery(String topic, ClaimStatus status, boolean newestFirst, int limit, String cursor) {
        public ClaimQuery(String topic, ClaimStatus status, int limit, String cursor) {
            this(topic, status, false, limit, cursor);
        }

        String fingerprint() {
            return "claims\n" + topic + "\n" + status.wireName() + (newestFirst ? "\nnewest" : "");
        }
    }

    /** A page of claims and the cursor of the next one (null on the last page). */
    public record ClaimPage(List<Claim> items, String nextCursor) {
    }

    /**
     * Submits a claim. With an {@code idempotencyKey}, the claim id is derived from the user
     * and the key, so a repeat finds the first claim instead of creating a second.
     */
    public Submitted submit(NewClaim input, String userId, String idempotencyKey) {
        FieldErrors errors = new FieldErrors();
        String topic = input.topic();
        if (topic == null) {
            errors.add("topic", "is required");
        } else if (!Topics.isValid(topic)) {
            errors.add("topic", Topics.RULE);
        }
        String statement = Rules.requiredText(errors, "statement", input.statement(), MAX_STATEMENT);
        EventDate eventDate = Rules.eventDate(errors, "eventDate", input.eventDate());
        if (input.eventDate() == null) {
            errors.add("eventDate", "is required");
        }
        EventDate endDate = Rules.eventDate(errors, "endDate", input.endDate());
        if (eventDate != null && endDate != null && endDate.isBefore(eventDate)) {
            errors.add("endDate", "must not be before eventDate");
        }
        String claimant = Rules.optionalText(errors, "claimant", input.claimant(), MAX_CLAIMANT);
        DateProvenance dateProvenance = dateProvenance(errors, input.dateProvenance());
        String quote = input.quote() == null || input.quote().isBlank() ? null : input.quote();
        if (quote != null && quote.length() > Claim.MAX_QUOTE) {
            errors.add("quote", "must be at most " + Claim.MAX_QUOTE + " characters");
        }
        if (quote != null && input.sourceId() == null) {
            errors.add("quote", "needs a sourceId: a quote is checked against its source");
        }
        if (input.sourceId() != null && !Ids.isValid(input.sourceId())) {
            errors.add("sourceId", "no source with this id");
        }
        errors.throwIfAny();

        FactlineStore.ClaimReferences references = store.findClaimReferences(input.sourceId(), topic);
        Source source = null;
        if (input.sourceId() != null) {
            source = references.source().orElse(null);
            if (source == null) {
                errors.add("sourceId", "no source with this id");
            } else if (quote != null && source.text() != null && !QuoteMatcher.occursIn(quote, source.text())) {
                errors.add("quote", "does not occur in the source text");
            }
            errors.throwIfAny();
        }

        String requestHash = requestHash(input);
        String id = idempotencyKey == null ? Ids.random() : Ids.derived("claim", userId, idempotencyKey);
        boolean quoteVerified = quote != null && source.text() != null;
        Claim claim = new Claim(id, topic, statement, eventDate, endDate, claimant,
                source == null ? null : source.ref(), quote, quoteVerified,
                ClaimStatus.PENDING, userId, Timestamps.truncate(clock.instant()), 1, List.of(), requestHash,
                null, dateProvenance, quoteVerified ? QuoteMatcher.locate(quote, source.text()).orElse(null) : null);
        if (store.createClaim(claim)) {
            registerTopicIfNew(references.topicRegistered(), topic, userId);
            return new Submitted(claim, false);
        }
        // The id is taken: by an earlier request with this Idempotency-Key, or by this very
        // request when the SDK retried a PutItem whose first answer was lost.
        Claim earlier = store.findClaim(id)
                .orElseThrow(() -> new IllegalStateException("claim " + id + " exists but cannot be read"));
        if (!earlier.requestHash().equals(requestHash) || !earlier.submittedBy().equals(userId)) {
            throw new FactlineException(Reason.CONFLICT,
                    "this Idempotency-Key was used before with a different body");
        }
        registerTopicIfNew(references.topicRegistered(), topic, userId);
        return new Submitted(earlier, idempotencyKey != null);
    }

    /**
     * A claim for a topic nobody registered registers it, titled with its id, as clients of the
     * v1 contract expect (they never had to start topics). Done after the claim's own write,
     * which stays one conditional write, so a refused submission registers nothing; should this
     * second write fail, the retry of the submission (same Idempotency-Key) does it.
     */
    private void registerTopicIfNew(boolean registered, String topic, String userId) {
        if (!registered) {
            store.createTopic(new Topic(topic, topic, userId, Timestamps.truncate(clock.instant())));
        }
    }

    public Claim get(String id) {
        if (!Ids.isValid(id)) {
            throw FactlineException.notFound("claim");
        }
        return store.findClaim(id).orElseThrow(() -> FactlineException.notFound("claim"));
    }

    /**
     * A claim as its public page shows it, in one read: reviewed and of that topic. Pending,
     * unknown, of another topic, or withdrawn before it was ever published: not found.
     *
     * @throws WithdrawnClaimException for a claim that was published and then withdrawn
     */
    public Claim published(String topic, String id) {
        if (!Ids.isValid(id)) {
            throw FactlineException.notFound("claim");
        }
        Claim claim = store.findClaim(id).filter(c -> c.topic().equals(topic) && !c.reviews().isEmpty())
                .orElseThrow(() -> FactlineException.notFound("claim"));
        if (claim.status() == ClaimStatus.WITHDRAWN) {
            throw new WithdrawnClaimException(claim.withdrawal());
        }
        return claim;
    }

    public ClaimPage list(ClaimQuery query) {
        Page.Position after = query.cursor() == null ? null : cursors.decode(query.cursor(), query.fingerprint());
        Page<Claim> page = store.claimsByStatus(query.topic(), query.status(), query.newestFirst(), query.limit(),
                after);
        return new ClaimPage(page.items(),
                page.next() == null ? null : cursors.encode(page.next(), query.fingerprint()));
    }

    /** Adds a review, checked against the version the editor saw, in one conditional write. */
    public Claim review(String claimId, long expectedVersion, NewReview input, String reviewerId) {
        if (!Ids.isValid(claimId)) {
            throw FactlineException.notFound("claim");
        }
        Review review = validReview(input, reviewerId);
        Optional<Claim> reviewed = store.addReview(claimId, expectedVersion, review);
        if (reviewed.isPresent()) {
            return reviewed.get();
        }
        Claim current = store.findClaim(claimId).orElseThrow(() -> FactlineException.notFound("claim"));
        if (current.version() == expectedVersion + 1 && current.latestReview().filter(review::equals).isPresent()) {
            return current; // the SDK retried an UpdateItem whose first answer was lost: it is ours
        }
        if (current.submittedBy().equals(reviewerId)) {
            throw new FactlineException(Reason.FORBIDDEN, "an editor may not review a claim they submitted");
        }
        if (current.status() == ClaimStatus.WITHDRAWN) {
            throw new FactlineException(Reason.CONFLICT, "the claim is withdrawn");
        }
        throw versionMismatch(current);
    }

    /** Withdraws a claim without a stated reason. */
    public Claim withdraw(String claimId, long expectedVersion, String userId) {
        return withdraw(claimId, expectedVersion, userId, null);
    }

    /**
     * Withdraws a claim: it leaves the timeline and the queue and keeps its history, and the
     * withdrawal (when, by whom, the editor's reason) in the same conditional write.
     *
     * @param reason the editor's reason, published on the claim's page; null or blank for none
     */
    public Claim withdraw(String claimId, long expectedVersion, String userId, String reason) {
        FieldErrors errors = new FieldErrors();
        String why = Rules.optionalText(errors, "reason", reason, MAX_WITHDRAWAL_REASON);
        errors.throwIfAny();
        if (!Ids.isValid(claimId)) {
            throw FactlineException.notFound("claim");
        }
        Optional<Claim> withdrawn = store.withdraw(claimId, expectedVersion,
                new Withdrawal(Timestamps.truncate(clock.instant()), userId, why));
        if (withdrawn.isPresent()) {
            return withdrawn.get();
        }
        Claim current = store.findClaim(claimId).orElseThrow(() -> FactlineException.notFound("claim"));
        if (current.status() == ClaimStatus.WITHDRAWN && current.version() == expectedVersion + 1) {
            return current; // withdrawn from the version the caller saw: a lost answer retried, or a twin request
        }
        if (current.status() == ClaimStatus.WITHDRAWN) {
            throw new FactlineException(Reason.CONFLICT, "the claim is withdrawn already");
        }
        throw versionMismatch(current);
    }

    /** The submission's fingerprint; a claim dated by hand has the one it had before provenance existed. */
    private static String requestHash(NewClaim input) {
        NewClaim.NewDateProvenance p = input.dateProvenance();
        if (p == null) {
            return Ids.sha256Hex(input.topic(), input.statement(), input.eventDate(), input.endDate(),
                    input.claimant(), input.sourceId(), input.quote());
        }
        return Ids.sha256Hex(input.topic(), input.statement(), input.eventDate(), input.endDate(),
                input.claimant(), input.sourceId(), input.quote(), "dateProvenance", p.phrase(), p.basis(),
                p.anchor(), String.valueOf(p.approximate()));
    }

    private static DateProvenance dateProvenance(FieldErrors errors, NewClaim.NewDateProvenance input) {
        if (input == null) {
            return null;
        }
        String phrase = Rules.requiredText(errors, "dateProvenance.phrase", input.phrase(), MAX_DATE_PHRASE);
        String basis = Rules.optionalText(errors, "dateProvenance.basis", input.basis(), MAX_DATE_BASIS);
        EventDate anchor = Rules.eventDate(errors, "dateProvenance.anchor", input.anchor());
        if (anchor != null && anchor.precision() != DatePrecision.DAY) {
            errors.add("dateProvenance.anchor", "must be a day (YYYY-MM-DD)");
        }
        return phrase == null ? null
                : new DateProvenance(phrase, basis, anchor, Boolean.TRUE.equals(input.approximate()));
    }

    private Review validReview(NewReview input, String reviewerId) {
        FieldErrors errors = new FieldErrors();
        Rating rating = null;
        if (input.rating() == null) {
            errors.add("rating", "is required");
        } else {
            rating = Rating.fromWireName(input.rating()).orElse(null);
            if (rating == null) {
                errors.add("rating", "must be one of " + Rating.wireNames());
            }
        }
        String explanation = Rules.requiredText(errors, "explanation", input.explanation(), MAX_EXPLANATION);
        if (input.evidence().size() > MAX_EVIDENCE) {
            errors.add("evidence", "must have at most " + MAX_EVIDENCE + " entries");
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < input.evidence().size() && i < MAX_EVIDENCE; i++) {
            NewReview.NewEvidence entry = input.evidence().get(i);
            String field = "evidence[" + i + "]";
            String url = Rules.uri(errors, field + ".url", entry.url(), false);
            String title = Rules.requiredText(errors, field + ".title", entry.title(), MAX_EVIDENCE_TITLE);
            evidence.add(new Evidence(url, title));
        }
        errors.throwIfAny();
        return new Review(reviewerId, rating, explanation, evidence, Timestamps.truncate(clock.instant()));
    }

    private static FactlineException versionMismatch(Claim current) {
        return new FactlineException(Reason.PRECONDITION_FAILED,
                "If-Match does not match the claim's current version \"" + current.version()
                        + "\"; read the claim again before changing it");
    }
}
