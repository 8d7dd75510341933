package dev.factline.store.dynamodb;

import dev.factline.model.Claim;
import dev.factline.model.DateProvenance;
import dev.factline.model.ClaimStatus;
import dev.factline.model.EventDate;
import dev.factline.model.Evidence;
import dev.factline.model.QuoteLocation;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.SourceRef;
import dev.factline.model.Timestamps;
import dev.factline.model.Topic;
import dev.factline.model.TopicSource;
import dev.factline.model.Withdrawal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.factline.store.dynamodb.Keys.s;

/** Maps model records to DynamoDB items and back, attribute by attribute. */
final class ItemMapper {

    /** The map attribute a withdrawn claim keeps its withdrawal in. */
    static final String WITHDRAWAL = "withdrawal";
    /** What the first version wrote on withdrawal, before it kept a reason; still read. */
    private static final String LEGACY_WITHDRAWN_AT = "withdrawnAt";
    private static final String LEGACY_WITHDRAWN_BY = "withdrawnBy";

    private ItemMapper() {
    }

    static Map<String, AttributeValue> toItem(Source source) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.source(source.id()));
        item.put("id", s(source.id()));
        item.put("url", s(source.url()));
        putIfPresent(item, "title", source.title());
        putIfPresent(item, "publisher", source.publisher());
        putIfPresent(item, "publishedAt", source.publishedAt());
        putIfPresent(item, "text", source.text());
        item.put("createdBy", s(source.createdBy()));
        item.put("createdAt", s(Timestamps.format(source.createdAt())));
        item.put("contentHash", s(source.contentHash()));
        return item;
    }

    static Source toSource(Map<String, AttributeValue> item) {
        return new Source(
                string(item, "id"), string(item, "url"), string(item, "title"), string(item, "publisher"),
                string(item, "publishedAt"), string(item, "text"), string(item, "createdBy"),
                Timestamps.parse(string(item, "createdAt")), string(item, "contentHash"));
    }

    /** The item of a newly submitted claim, with its queue index attributes. */
    static Map<String, AttributeValue> toItem(Claim claim) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.claim(claim.id()));
        item.put("id", s(claim.id()));
        item.put("topic", s(claim.topic()));
        item.put("statement", s(claim.statement()));
        item.put("eventDate", s(claim.eventDate().value()));
        if (claim.endDate() != null) {
            item.put("endDate", s(claim.endDate().value()));
        }
        putIfPresent(item, "claimant", claim.claimant());
        if (claim.source() != null) {
            item.put("source", AttributeValue.fromM(toAttributes(claim.source())));
        }
        putIfPresent(item, "quote", claim.quote());
        item.put("quoteVerified", AttributeValue.fromBool(claim.quoteVerified()));
        if (claim.dateProvenance() != null) {
            item.put("dateProvenance", toAttribute(claim.dateProvenance()));
        }
        if (claim.quoteLocation() != null) {
            item.put("quoteLocation", toAttribute(claim.quoteLocation()));
        }
        if (claim.withdrawal() != null) {
            item.put(WITHDRAWAL, toAttribute(claim.withdrawal()));
        }
        item.put("status", s(claim.status().wireName()));
        item.put("submittedBy", s(claim.submittedBy()));
        String submittedAt = Timestamps.format(claim.submittedAt());
        item.put("submittedAt", s(submittedAt));
        item.put("version", AttributeValue.fromN(Long.toString(claim.version())));
        item.put("reviews", AttributeValue.fromL(claim.reviews().stream().map(ItemMapper::toAttribute).toList()));
        claim.rating().ifPresent(rating -> item.put("rating", s(rating.wireName())));
        item.put("requestHash", s(claim.requestHash()));
        item.put(Keys.topicAttribute(claim.status()), s(claim.topic()));
        item.put(Keys.TIMELINE_SORT_KEY, s(Keys.timelineSortKey(claim.eventDate().value(), claim.id())));
        item.put(Keys.QUEUE_SORT_KEY, s(Keys.queueSortKey(submittedAt, claim.id())));
        claim.lastPublicChange().ifPresent(changedAt -> {
            item.put(Keys.FEED_TOPIC, s(claim.topic()));
            item.put(Keys.FEED_SORT_KEY, s(Keys.feedSortKey(Timestamps.format(changedAt), claim.id())));
        });
        return item;
    }

    static Claim toClaim(Map<String, AttributeValue> item) {
        String endDate = string(item, "endDate");
        AttributeValue source = item.get("source");
        return new Claim(
                string(item, "id"),
                string(item, "topic"),
                string(item, "statement"),
                EventDate.parse(string(item, "eventDate")),
                endDate == null ? null : EventDate.parse(endDate),
                string(item, "claimant"),
                source == null ? null : toSourceRef(source.m()),
                string(item, "quote"),
                Boolean.TRUE.equals(item.get("quoteVerified").bool()),
                ClaimStatus.fromWireName(string(item, "status")).orElseThrow(),
                string(item, "submittedBy"),
                Timestamps.parse(string(item, "submittedAt")),
                Long.parseLong(item.get("version").n()),
                item.get("reviews").l().stream().map(v -> toReview(v.m())).toList(),
                string(item, "requestHash"),
                toWithdrawal(item),
                item.containsKey("dateProvenance") ? toDateProvenance(item.get("dateProvenance").m()) : null,
                item.containsKey("quoteLocation") ? toQuoteLocation(item.get("quoteLocation").m()) : null);
    }

    static AttributeValue toAttribute(Withdrawal withdrawal) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("at", s(Timestamps.format(withdrawal.at())));
        m.put("by", s(withdrawal.by()));
        putIfPresent(m, "reason", withdrawal.reason());
        return AttributeValue.fromM(m);
    }

    private static Withdrawal toWithdrawal(Map<String, AttributeValue> item) {
        AttributeValue withdrawal = item.get(WITHDRAWAL);
        if (withdrawal != null) {
            Map<String, AttributeValue> m = withdrawal.m();
            return new Withdrawal(Timestamps.parse(string(m, "at")), string(m, "by"), string(m, "reason"));
        }
        String at = string(item, LEGACY_WITHDRAWN_AT);
        return at == null ? null : new Withdrawal(Timestamps.parse(at), string(item, LEGACY_WITHDRAWN_BY), null);
    }

    private static AttributeValue toAttribute(DateProvenance provenance) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("phrase", s(provenance.phrase()));
        putIfPresent(m, "basis", provenance.basis());
        if (provenance.anchor() != null) {
            m.put("anchor", s(provenance.anchor().value()));
        }
        m.put("approximate", AttributeValue.fromBool(provenance.approximate()));
        return AttributeValue.fromM(m);
    }

    private static DateProvenance toDateProvenance(Map<String, AttributeValue> m) {
        String anchor = string(m, "anchor");
        return new DateProvenance(string(m, "phrase"), string(m, "basis"),
                anchor == null ? null : EventDate.parse(anchor), Boolean.TRUE.equals(m.get("approximate").bool()));
    }

    private static AttributeValue toAttribute(QuoteLocation location) {
        return AttributeValue.fromM(Map.of(
                "start", AttributeValue.fromN(Integer.toString(location.start())),
                "end", AttributeValue.fromN(Integer.toString(location.end())),
                "sourceSha256", s(location.sourceSha256())));
    }

    private static QuoteLocation toQuoteLocation(Map<String, AttributeValue> m) {
        return new QuoteLocation(Integer.parseInt(m.get("start").n()), Integer.parseInt(m.get("end").n()),
                string(m, "sourceSha256"));
    }

    static Map<String, AttributeValue> toItem(Topic topic) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.topic(topic.id()));
        item.put("id", s(topic.id()));
        item.put("title", s(topic.title()));
        item.put("createdBy", s(topic.createdBy()));
        item.put("createdAt", s(Timestamps.format(topic.createdAt())));
        return item;
    }

    static Topic toTopic(Map<String, AttributeValue> item) {
        return new Topic(string(item, "id"), string(item, "title"), string(item, "createdBy"),
                Timestamps.parse(string(item, "createdAt")));
    }

    static Map<String, AttributeValue> toItem(String topic, TopicSource link) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.topicSource(topic, link.source().id()));
        item.put("source", AttributeValue.fromM(toAttributes(link.source())));
        item.put("addedBy", s(link.addedBy()));
        item.put("addedAt", s(Timestamps.format(link.addedAt())));
        return item;
    }

    static TopicSource toTopicSource(Map<String, AttributeValue> item) {
        return new TopicSource(toSourceRef(item.get("source").m()), string(item, "addedBy"),
                Timestamps.parse(string(item, "addedAt")));
    }

    static AttributeValue toAttribute(Review review) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("reviewer", s(review.reviewer()));
        m.put("rating", s(review.rating().wireName()));
        m.put("explanation", s(review.explanation()));
        m.put("evidence", AttributeValue.fromL(review.evidence().stream()
                .map(e -> AttributeValue.fromM(Map.of("url", s(e.url()), "title", s(e.title()))))
                .toList()));
        m.put("reviewedAt", s(Timestamps.format(review.reviewedAt())));
        return AttributeValue.fromM(m);
    }

    private static Review toReview(Map<String, AttributeValue> m) {
        return new Review(
                string(m, "reviewer"),
                Rating.fromWireName(string(m, "rating")).orElseThrow(),
                string(m, "explanation"),
                m.get("evidence").l().stream()
                        .map(v -> new Evidence(string(v.m(), "url"), string(v.m(), "title")))
                        .toList(),
                Timestamps.parse(string(m, "reviewedAt")));
    }

    private static Map<String, AttributeValue> toAttributes(SourceRef ref) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("id", s(ref.id()));
        m.put("url", s(ref.url()));
        putIfPresent(m, "title", ref.title());
        putIfPresent(m, "publisher", ref.publisher());
        putIfPresent(m, "publishedAt", ref.publishedAt());
        return m;
    }

    private static SourceRef toSourceRef(Map<String, AttributeValue> m) {
        return new SourceRef(string(m, "id"), string(m, "url"), string(m, "title"), string(m, "publisher"),
                string(m, "publishedAt"));
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
