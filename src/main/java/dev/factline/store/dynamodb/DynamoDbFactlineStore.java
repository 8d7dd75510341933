package dev.factline.store.dynamodb;

import dev.factline.model.Claim;
import dev.factline.model.ClaimStatus;
import dev.factline.model.Page;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Withdrawal;
import dev.factline.model.Source;
import dev.factline.model.Timestamps;
import dev.factline.model.Topic;
import dev.factline.model.TopicSource;
import dev.factline.model.Withdrawal;
import dev.factline.store.FactlineStore;
import dev.factline.store.ItemTooLargeException;
import dev.factline.store.StoreUnavailableException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.factline.store.dynamodb.Keys.s;

/** {@link FactlineStore} on one DynamoDB table; see {@link Keys} for its layout. */
public final class DynamoDbFactlineStore implements FactlineStore {

    private static final Set<String> THROTTLING_CODES = Set.of(
            "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded",
            "RequestLimitExceededException", "LimitExceededException");

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbFactlineStore(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public Optional<Source> findSource(String id) {
        return getItem(Keys.source(id)).map(ItemMapper::toSource);
    }

    /** One BatchGetItem for the source and the topic, so that submitting a claim stays two requests. */
    @Override
    public ClaimReferences findClaimReferences(String sourceId, String topic) {
        Map<String, AttributeValue> topicKey = Keys.topic(topic);
        List<Map<String, AttributeValue>> keys = new ArrayList<>(List.of(topicKey));
        if (sourceId != null) {
            keys.add(Keys.source(sourceId));
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, KeysAndAttributes> request = Map.of(tableName,
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> current = request;
            BatchGetItemResponse response = call(() -> dynamoDb.batchGetItem(b -> b.requestItems(current)));
            items.addAll(response.responses().getOrDefault(tableName, List.of()));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        boolean topicRegistered = items.stream().anyMatch(item -> isItem(item, topicKey));
        Optional<Source> source = sourceId == null ? Optional.empty() : items.stream()
                .filter(item -> isItem(item, Keys.source(sourceId))).findFirst().map(ItemMapper::toSource);
        return new ClaimReferences(source, topicRegistered);
    }

    private static boolean isItem(Map<String, AttributeValue> item, Map<String, AttributeValue> key) {
        return key.entrySet().stream().allMatch(k -> k.getValue().equals(item.get(k.getKey())));
    }

    @Override
    public boolean createSource(Source source) {
        return putIfAbsent(ItemMapper.toItem(source));
    }

    @Override
    public Optional<Claim> findClaim(String id) {
        return getItem(Keys.claim(id)).map(ItemMapper::toClaim);
    }

    @Override
    public boolean createClaim(Claim claim) {
        return putIfAbsent(ItemMapper.toItem(claim));
    }

    @Override
    public Optional<Claim> addReview(String claimId, long expectedVersion, Review review) {
        Map<String, String> names = new HashMap<>(Map.of(
                "#pk", Keys.PK, "#version", "version", "#status", "status", "#reviews", "reviews",
                "#rating", "rating", "#submittedBy", "submittedBy", "#topic", "topic",
                "#reviewedTopic", Keys.REVIEWED_TOPIC, "#pendingTopic", Keys.PENDING_TOPIC));
        names.put("#feedTopic", Keys.FEED_TOPIC);
        names.put("#feedSortKey", Keys.FEED_SORT_KEY);
        Map<String, AttributeValue> values = Map.of(
                ":feedSortKey", s(Keys.feedSortKey(Timestamps.format(review.reviewedAt()), claimId)),
                ":expected", n(expectedVersion), ":one", n(1),
                ":review", AttributeValue.fromL(List.of(ItemMapper.toAttribute(review))),
                ":reviewed", s(ClaimStatus.REVIEWED.wireName()),
                ":withdrawn", s(ClaimStatus.WITHDRAWN.wireName()),
                ":rating", s(review.rating().wireName()),
                ":reviewer", s(review.reviewer()));
        return update(claimId,
                "SET #reviews = list_append(#reviews, :review), #status = :reviewed, #rating = :rating,"
                        + " #version = #version + :one, #reviewedTopic = #topic,"
                        + " #feedTopic = #topic, #feedSortKey = :feedSortKey REMOVE #pendingTopic",
                "attribute_exists(#pk) AND #version = :expected AND #status <> :withdrawn"
                        + " AND #submittedBy <> :reviewer",
                names, values);
    }

    @Override
    public Optional<Claim> withdraw(String claimId, long expectedVersion, Withdrawal withdrawal) {
        Map<String, String> names = Map.of(
                "#pk", Keys.PK, "#version", "version", "#status", "status", "#topic", "topic",
                "#withdrawnTopic", Keys.WITHDRAWN_TOPIC, "#pendingTopic", Keys.PENDING_TOPIC,
                "#reviewedTopic", Keys.REVIEWED_TOPIC, "#withdrawal", ItemMapper.WITHDRAWAL,
                "#feedSortKey", Keys.FEED_SORT_KEY);
        // Only a published claim has a feedTopic, so a pending claim withdrawn stays out of the feed.
        Map<String, AttributeValue> values = Map.of(
                ":expected", n(expectedVersion), ":one", n(1),
                ":feedSortKey", s(Keys.feedSortKey(Timestamps.format(withdrawal.at()), claimId)),
                ":withdrawn", s(ClaimStatus.WITHDRAWN.wireName()),
                ":withdrawal", ItemMapper.toAttribute(withdrawal));
        return update(claimId,
                "SET #status = :withdrawn, #version = #version + :one, #withdrawnTopic = #topic,"
                        + " #withdrawal = :withdrawal, #feedSortKey = :feedSortKey REMOVE #pendingTopic, #reviewedTopic",
                "attribute_exists(#pk) AND #version = :expected AND #status <> :withdrawn",
                names, values);
    }

    @Override
    public Page<Claim> timeline(String topic, DateBounds dates, Set<Rating> ratings, int limit, Page.Position after) {
        Keys.IndexKeys index = Keys.index(ClaimStatus.REVIEWED);
        Map<String, AttributeValue> startKey = after == null ? null : Keys.startKey(index, topic, after);
        return Keys.timelineRange(dates)
                .map(range -> query(index, topic, range, ratings, true, limit, startKey))
                .orElseGet(() -> new Page<>(List.of(), null));
    }

    @Override
    public Page<Claim> claimsByStatus(String topic, ClaimStatus status, boolean newestFirst, int limit,
                                      Page.Position after) {
        Keys.IndexKeys index = Keys.index(status);
        return query(index, topic, Keys.SortKeyRange.ALL, Set.of(), !newestFirst, limit,
                after == null ? null : Keys.startKey(index, topic, after));
    }

    @Override
    public Page<Claim> feed(String topic, int limit, Page.Position after) {
        return query(Keys.FEED, topic, Keys.SortKeyRange.ALL, Set.of(), false, limit,
                after == null ? null : Keys.startKey(Keys.FEED, topic, after));
    }

    /** Select COUNT on the status's sparse index: reads the topic's index entries, returns only their number. */
    @Override
    public long countClaims(String topic, ClaimStatus status) {
        Keys.IndexKeys index = Keys.index(status);
        AtomicLong count = new AtomicLong();
        queryToTheEnd(QueryRequest.builder()
                .tableName(tableName)
                .indexName(index.name())
                .keyConditionExpression("#topic = :topic")
                .expressionAttributeNames(Map.of("#topic", index.partitionKey()))
                .expressionAttributeValues(Map.of(":topic", s(topic)))
                .select(Select.COUNT)
                .build(), response -> count.addAndGet(response.count()));
        return count.get();
    }

    @Override
    public Optional<Topic> findTopic(String id) {
        return getItem(Keys.topic(id)).map(ItemMapper::toTopic);
    }

    @Override
    public boolean createTopic(Topic topic) {
        return putIfAbsent(ItemMapper.toItem(topic));
    }

    @Override
    public List<Topic> topics() {
        return partition(Keys.TOPICS_PK).stream().map(ItemMapper::toTopic).toList();
    }

    @Override
    public boolean addTopicSource(String topic, TopicSource source) {
        return putIfAbsent(ItemMapper.toItem(topic, source));
    }

    @Override
    public List<TopicSource> topicSources(String topic) {
        return partition(Keys.topicSourcesPk(topic)).stream()
                .map(ItemMapper::toTopicSource)
                .sorted(TopicSource.NEWEST_FIRST)
                .toList();
    }

    /** Every item of one partition, in sort key order. */
    private List<Map<String, AttributeValue>> partition(String pk) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        queryToTheEnd(QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK))
                .expressionAttributeValues(Map.of(":pk", s(pk)))
                .build(), response -> items.addAll(response.items()));
        return items;
    }

    /** Runs a Query to its end, continued past DynamoDB's 1 MB pages, handing each page on. */
    private void queryToTheEnd(QueryRequest first, Consumer<QueryResponse> eachPage) {
        QueryRequest request = first;
        while (request != null) {
            QueryRequest current = request;
            QueryResponse response = call(() -> dynamoDb.query(current));
            eachPage.accept(response);
            Map<String, AttributeValue> next = lastKey(response);
            request = next == null ? null : current.toBuilder().exclusiveStartKey(next).build();
        }
    }

    private static Map<String, AttributeValue> lastKey(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey() : null;
    }

    /**
     * Reads one more item than the page holds, so the last page says so without another
     * request. Without a rating filter that is one Query; with one, DynamoDB may return short
     * pages and the loop continues until the page is full or the index is exhausted.
     */
    private Page<Claim> query(Keys.IndexKeys index, String topic, Keys.SortKeyRange range, Set<Rating> ratings,
                              boolean ascending, int limit, Map<String, AttributeValue> after) {
        Map<String, String> names = new HashMap<>(Map.of("#topic", index.partitionKey()));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":topic", s(topic)));
        StringBuilder keyCondition = new StringBuilder("#topic = :topic");
        if (range.from() != null || range.to() != null) {
            names.put("#sortKey", index.sortKey());
        }
        if (range.from() != null && range.to() != null) {
            keyCondition.append(" AND #sortKey BETWEEN :from AND :to");
        } else if (range.from() != null) {
            keyCondition.append(" AND #sortKey >= :from");
        } else if (range.to() != null) {
            keyCondition.append(" AND #sortKey <= :to");
        }
        if (range.from() != null) {
            values.put(":from", s(range.from()));
        }
        if (range.to() != null) {
            values.put(":to", s(range.to()));
        }
        String filter = null;
        if (!ratings.isEmpty()) {
            names.put("#rating", "rating");
            List<String> placeholders = new ArrayList<>();
            int i = 0;
            for (Rating rating : ratings) {
                String placeholder = ":rating" + i++;
                placeholders.add(placeholder);
                values.put(placeholder, s(rating.wireName()));
            }
            filter = "#rating IN (" + String.join(", ", placeholders) + ")";
        }

        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = after;
        do {
            QueryRequest request = QueryRequest.builder()
                    .tableName(tableName)
                    .indexName(index.name())
                    .keyConditionExpression(keyCondition.toString())
                    .filterExpression(filter)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .exclusiveStartKey(startKey)
                    .scanIndexForward(ascending)
                    .limit(limit + 1 - items.size())
                    .build();
            QueryResponse response = call(() -> dynamoDb.query(request));
            items.addAll(response.items());
            startKey = lastKey(response);
        } while (items.size() <= limit && startKey != null);

        List<Claim> claims = items.stream().limit(limit).map(ItemMapper::toClaim).toList();
        return new Page<>(claims, items.size() > limit ? Keys.position(index, items.get(limit - 1)) : null);
    }

    private Optional<Map<String, AttributeValue>> getItem(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = call(() -> dynamoDb.getItem(b -> b
                .tableName(tableName).key(key).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            call(() -> dynamoDb.putItem(b -> b
                    .tableName(tableName)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK))));
            return true;
        } catch (ConditionalCheckFailedException alreadyExists) {
            return false;
        }
    }

    private Optional<Claim> update(String claimId, String updateExpression, String condition,
                                   Map<String, String> names, Map<String, AttributeValue> values) {
        try {
            Map<String, AttributeValue> updated = call(() -> dynamoDb.updateItem(b -> b
                    .tableName(tableName)
                    .key(Keys.claim(claimId))
                    .updateExpression(updateExpression)
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW))).attributes();
            return Optional.of(ItemMapper.toClaim(updated));
        } catch (ConditionalCheckFailedException conditionFailed) {
            return Optional.empty();
        }
    }

    /** Runs one SDK call; failures of the service itself, after the SDK's retries, become 503s upstream. */
    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (DynamoDbException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.isThrottlingException() || THROTTLING_CODES.contains(code) || e.statusCode() >= 500) {
                throw new StoreUnavailableException("DynamoDB throttled or failed: " + code, e);
            }
            if ("ValidationException".equals(code) && String.valueOf(e.getMessage()).contains("Item size")) {
                throw new ItemTooLargeException("item over DynamoDB's size limit", e);
            }
            throw e;
        } catch (SdkClientException e) {
            throw new StoreUnavailableException("DynamoDB unreachable", e);
        }
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
