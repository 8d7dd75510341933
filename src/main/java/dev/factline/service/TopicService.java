package dev.factline.service;

import dev.factline.model.ClaimStatus;
import dev.factline.model.Timestamps;
import dev.factline.model.Topic;
import dev.factline.model.TopicCounts;
import dev.factline.model.TopicSource;
import dev.factline.model.Topics;
import dev.factline.service.FactlineException.Reason;
import dev.factline.store.FactlineStore;

import java.time.Clock;
import java.util.List;

/**
 * Topics: started once by id, listed with how many of their claims wait for review and how
 * many are reviewed. The counts are read from the status indexes (two COUNT queries per
 * topic) rather than kept on the topic, because keeping them would make every change of a
 * claim two writes instead of one conditional write (docs/topics.md).
 */
public final class TopicService {

    static final int MAX_TITLE = 200;

    private final FactlineStore store;
    private final Clock clock;

    public TopicService(FactlineStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A topic with its counts and the sources added to it, most recent first. */
    public record TopicDetail(TopicCounts topic, List<TopicSource> sources) {
    }

    /** Starts a topic; 409 when one with that id exists, whoever started it. */
    public Topic create(NewTopic input, String userId) {
        FieldErrors errors = new FieldErrors();
        if (input.id() == null) {
            errors.add("id", "is required");
        } else if (!Topics.isValid(input.id())) {
            errors.add("id", Topics.RULE);
        }
        String title = Rules.requiredText(errors, "title", input.title(), MAX_TITLE);
        errors.throwIfAny();
        Topic topic = new Topic(input.id(), title, userId, Timestamps.truncate(clock.instant()));
        if (!store.createTopic(topic)) {
            throw new FactlineException(Reason.CONFLICT, "topic " + input.id() + " exists already");
        }
        return topic;
    }

    /** Every registered topic, by id, with its counts. */
    public List<TopicCounts> list() {
        return store.topics().stream().map(this::withCounts).toList();
    }

    public TopicDetail get(String id) {
        Topic topic = find(id);
        return new TopicDetail(withCounts(topic), store.topicSources(id));
    }

    /** Whether a topic with this id was started (false for an invalid id). */
    public boolean exists(String id) {
        return Topics.isValid(id) && store.findTopic(id).isPresent();
    }

    /** The registered topic; 404 for an id that is malformed or was never registered. */
    public Topic find(String id) {
        if (!Topics.isValid(id)) {
            throw FactlineException.notFound("topic");
        }
        return store.findTopic(id).orElseThrow(() -> FactlineException.notFound("topic"));
    }

    private TopicCounts withCounts(Topic topic) {
        return new TopicCounts(topic, store.countClaims(topic.id(), ClaimStatus.PENDING),
                store.countClaims(topic.id(), ClaimStatus.REVIEWED));
    }
}
