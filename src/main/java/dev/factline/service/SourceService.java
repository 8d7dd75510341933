package dev.factline.service;

import dev.factline.model.Source;
import dev.factline.model.Timestamps;
import dev.factline.model.TopicSource;
import dev.factline.model.Topics;
import dev.factline.store.FactlineStore;

import java.time.Clock;

/** Sources: stored once per URL, immutable afterwards. */
public final class SourceService {

    static final int MAX_TITLE = 300;
    static final int MAX_PUBLISHER = 200;
    static final int MAX_TEXT = 100_000;

    private final FactlineStore store;
    private final Clock clock;

    public SourceService(FactlineStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What a submission came to: a new source, or the one stored for that URL before. */
    public record Stored(Source source, boolean created) {
    }

    /**
     * Stores a source, its id derived from the URL. Posting the same URL with the same fields
     * again returns the stored source; with other fields it is a conflict.
     */
    public Stored create(NewSource input, String userId) {
        FieldErrors errors = new FieldErrors();
        String url = Rules.uri(errors, "url", input.url(), true);
        String title = Rules.requiredText(errors, "title", input.title(), MAX_TITLE);
        String publisher = Rules.optionalText(errors, "publisher", input.publisher(), MAX_PUBLISHER);
        String publishedAt = Rules.publicationDate(errors, "publishedAt", input.publishedAt());
        String text = input.text();
        if (text != null && text.length() > MAX_TEXT) {
            errors.add("text", "must be at most " + MAX_TEXT + " characters");
        }
        String topic = input.topic();
        if (topic != null && !Topics.isValid(topic)) {
            errors.add("topic", Topics.RULE);
        }
        errors.throwIfAny();
        if (topic != null && store.findTopic(topic).isEmpty()) {
            errors.add("topic", "no topic with this id; start it with POST /topics");
            errors.throwIfAny();
        }

        String contentHash = Ids.sha256Hex(url, title, publisher, publishedAt, text);
        Source source = new Source(Ids.derived("source", url), url, title, publisher, publishedAt, text, userId,
                Timestamps.truncate(clock.instant()), contentHash);
        Stored stored = store(source);
        if (topic != null) {
            // A second write, to another item: a retry of the same request adds the link it missed.
            store.addTopicSource(topic, new TopicSource(stored.source().ref(), userId, source.createdAt()));
        }
        return stored;
    }

    private Stored store(Source source) {
        if (store.createSource(source)) {
            return new Stored(source, true);
        }
        Source existing = store.findSource(source.id())
                .orElseThrow(() -> new IllegalStateException("source " + source.id() + " exists but cannot be read"));
        if (!existing.contentHash().equals(source.contentHash())) {
            throw new FactlineException(FactlineException.Reason.CONFLICT,
                    "a different source with this url is stored already: " + existing.id());
        }
        return new Stored(existing, false);
    }

    public Source get(String id) {
        if (!Ids.isValid(id)) {
            throw FactlineException.notFound("source");
        }
        return store.findSource(id).orElseThrow(() -> FactlineException.notFound("source"));
    }
}
