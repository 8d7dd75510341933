package dev.factline.service.candidates;

import dev.factline.model.Source;
import dev.factline.service.FactlineException;
import dev.factline.service.FieldErrors;
import dev.factline.service.SourceService;

import java.time.LocalDate;
import java.util.List;

/** Proposes dated claim candidates from a stored source: one read of the source, nothing written. */
public final class CandidateService {

    private final SourceService sources;

    public CandidateService(SourceService sources) {
        this.sources = sources;
    }

    /** The candidates of a source, with the date they were resolved against. */
    public record Proposal(String sourceId, String publishedAt, double minScore, List<Candidate> candidates) {
    }

    /**
     * @param minScore keep only candidates scoring at least this; null means 0 (all)
     * @throws FactlineException 422 for a minScore outside 0..1 (before the source is read), 404
     *                           for an unknown source, 422 for a source without text or publishedAt
     */
    public Proposal propose(String sourceId, Double minScore) {
        double threshold = minScore == null ? 0 : minScore;
        if (threshold < 0 || threshold > 1) {
            FieldErrors errors = new FieldErrors();
            errors.add("minScore", "must be a number from 0 to 1");
            errors.throwIfAny();
        }
        Source source = sources.get(sourceId);
        FieldErrors unusable = new FieldErrors();
        if (source.text() == null || source.text().isBlank()) {
            unusable.add("text", "the source has no text to propose candidates from");
        }
        if (source.publishedAt() == null) {
            unusable.add("publishedAt", "the source has no publication date to resolve relative dates against");
        }
        unusable.throwIfAny();
        LocalDate published = Source.publicationDay(source.publishedAt()).orElse(null);
        if (published == null) {
            unusable.add("publishedAt", "the source's publication date is not a date");
            unusable.throwIfAny();
        }
        List<Candidate> candidates = CandidateExtractor.extract(source.text(), published).stream()
                .filter(c -> c.score() >= threshold)
                .toList();
        return new Proposal(source.id(), source.publishedAt(), threshold, candidates);
    }
}
