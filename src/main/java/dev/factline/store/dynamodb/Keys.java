package dev.factline.store.dynamodb;

import dev.factline.model.ClaimStatus;
import dev.factline.model.Page;
import dev.factline.store.FactlineStore.DateBounds;
import dev.factline.store.InvalidPositionException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every key and index attribute of the single table, in one place. template.yaml declares
 * the same names; the integration tests create their table from it, so a drift fails them.
 *
 * <pre>
 * item     pk               sk       index attribute of its state
 * source   SOURCE#&lt;id&gt;   SOURCE   -
 * claim    CLAIM#&lt;id&gt;    CLAIM    pendingTopic | reviewedTopic | withdrawnTopic = topic;
 *                                     feedTopic = topic once published (first review), kept after
 * topic    TOPICS           TOPIC#&lt;topic&gt;            -
 * link     TOPIC#&lt;topic&gt; SOURCE#&lt;source id&gt;      -
 * </pre>
 *
 * Every registered topic lives in the one partition {@code TOPICS}, so listing them is one
 * Query of that partition and never a Scan; the sources added to a topic share the partition
 * {@code TOPIC#<topic>}, one Query as well (docs/topics.md).
 *
 * A claim carries exactly one of the three topic attributes, the one of its status, so each
 * index is sparse and holds only claims in that state.
 */
final class Keys {

    static final String PK = "pk";
    static final String SK = "sk";

    static final String TIMELINE_INDEX = "timeline";
    static final String PENDING_INDEX = "pending";
    static final String WITHDRAWN_INDEX = "withdrawn";
    static final String FEED_INDEX = "feed";

    static final String REVIEWED_TOPIC = "reviewedTopic";
    static final String PENDING_TOPIC = "pendingTopic";
    static final String WITHDRAWN_TOPIC = "withdrawnTopic";
    /** Set by the first review and never removed, so a withdrawn claim stays in the feed. */
    static final String FEED_TOPIC = "feedTopic";
    /** changedAt#id of the claim's latest public change, so the feed reads newest first backwards. */
    static final String FEED_SORT_KEY = "feedSortKey";
    /** eventDate#id: '#' sorts below '-' and digits, so 2024#… < 2024-11#… < 2024-11-15#…. */
    static final String TIMELINE_SORT_KEY = "timelineSortKey";
    /** submittedAt#id, fixed-width timestamps, so the queue is oldest first. */
    static final String QUEUE_SORT_KEY = "queueSortKey";

    private static final String SOURCE_PREFIX = "SOURCE#";
    private static final String CLAIM_PREFIX = "CLAIM#";
    private static final String SOURCE_SK = "SOURCE";
    private static final String CLAIM_SK = "CLAIM";
    static final String TOPICS_PK = "TOPICS";
    private static final String TOPIC_PREFIX = "TOPIC#";
    /**
     * '~' sorts above every character of a timeline sort key (digits, '-', '#', hex), so
     * "2024-11~" bounds every key whose date, cut to "2024-11"'s length, is at most 2024-11.
     */
    private static final String AFTER_ALL_KEYS_WITH_PREFIX = "~";
    /** A page position: the last item's index sort key, a newline, its claim id. */
    private static final Pattern POSITION = Pattern.compile("([0-9TZ:.-]{4,30}#([0-9a-f]{32}))\\n\\2");

    private Keys() {
    }

    static Map<String, AttributeValue> source(String id) {
        return Map.of(PK, s(SOURCE_PREFIX + id), SK, s(SOURCE_SK));
    }

    static Map<String, AttributeValue> claim(String id) {
        return Map.of(PK, s(CLAIM_PREFIX + id), SK, s(CLAIM_SK));
    }

    static Map<String, AttributeValue> topic(String id) {
        return Map.of(PK, s(TOPICS_PK), SK, s(TOPIC_PREFIX + id));
    }

    /** The partition of a topic's sources. */
    static String topicSourcesPk(String topic) {
        return TOPIC_PREFIX + topic;
    }

    static Map<String, AttributeValue> topicSource(String topic, String sourceId) {
        return Map.of(PK, s(topicSourcesPk(topic)), SK, s(SOURCE_PREFIX + sourceId));
    }

    static String timelineSortKey(String eventDate, String claimId) {
        return eventDate + "#" + claimId;
    }

    static String queueSortKey(String submittedAt, String claimId) {
        return submittedAt + "#" + claimId;
    }

    static String feedSortKey(String changedAt, String claimId) {
        return changedAt + "#" + claimId;
    }

    static final IndexKeys FEED = new IndexKeys(FEED_INDEX, FEED_TOPIC, FEED_SORT_KEY);

    /** The index attribute that holds the topic while a claim is in {@code status}. */
    static String topicAttribute(ClaimStatus status) {
        return switch (status) {
            case PENDING -> PENDING_TOPIC;
            case REVIEWED -> REVIEWED_TOPIC;
            case WITHDRAWN -> WITHDRAWN_TOPIC;
        };
    }

    static IndexKeys index(ClaimStatus status) {
        return switch (status) {
            case PENDING -> new IndexKeys(PENDING_INDEX, PENDING_TOPIC, QUEUE_SORT_KEY);
            case REVIEWED -> new IndexKeys(TIMELINE_INDEX, REVIEWED_TOPIC, TIMELINE_SORT_KEY);
            case WITHDRAWN -> new IndexKeys(WITHDRAWN_INDEX, WITHDRAWN_TOPIC, QUEUE_SORT_KEY);
        };
    }

    /**
     * The timeline sort keys of the dates kept, inclusive, either end null for an open one; empty
     * when no date is kept (a lower bound above the upper, which DynamoDB's BETWEEN refuses).
     */
    static Optional<SortKeyRange> timelineRange(DateBounds dates) {
        SortKeyRange range = new SortKeyRange(dates.from() == null ? null : dates.from().value(),
                dates.to() == null ? null : dates.to().value() + AFTER_ALL_KEYS_WITH_PREFIX);
        return range.from() != null && range.to() != null && range.from().compareTo(range.to()) > 0
                ? Optional.empty() : Optional.of(range);
    }

    /** The position after an item of an index query. */
    static Page.Position position(IndexKeys index, Map<String, AttributeValue> item) {
        return new Page.Position(item.get(index.sortKey()).s() + "\n" + item.get("id").s());
    }

    /**
     * The exclusive start key of an index query continuing after a position: the index key plus
     * the table key.
     *
     * @throws InvalidPositionException for a position this store did not issue
     */
    static Map<String, AttributeValue> startKey(IndexKeys index, String topic, Page.Position after) {
        var parts = POSITION.matcher(after.value());
        if (!parts.matches()) {
            throw new InvalidPositionException("not a position of this store");
        }
        Map<String, AttributeValue> key = new HashMap<>(claim(parts.group(2)));
        key.put(index.partitionKey(), s(topic));
        key.put(index.sortKey(), s(parts.group(1)));
        return key;
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    record IndexKeys(String name, String partitionKey, String sortKey) {
    }

    /** Inclusive bounds on an index sort key; either may be null for an open end. */
    record SortKeyRange(String from, String to) {
        static final SortKeyRange ALL = new SortKeyRange(null, null);
    }
}
