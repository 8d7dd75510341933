package dev.factline.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.factline.model.Claim;
import dev.factline.model.Correction;
import dev.factline.model.DateProvenance;
import dev.factline.model.QuoteLocation;
import dev.factline.model.Evidence;
import dev.factline.model.Rating;
import dev.factline.model.Review;
import dev.factline.model.Source;
import dev.factline.model.SourceRef;
import dev.factline.model.Timestamps;
import dev.factline.model.Topic;
import dev.factline.model.TopicCounts;
import dev.factline.model.TopicSource;
import dev.factline.model.Withdrawal;
import dev.factline.service.ClaimService.ClaimPage;
import dev.factline.service.TimelineService.TimelinePage;
import dev.factline.service.TopicService.TopicDetail;
import dev.factline.service.candidates.Candidate;
import dev.factline.service.candidates.CandidateService.Proposal;
import dev.factline.service.candidates.Label;
import dev.factline.service.candidates.ResolvedDate;
import dev.factline.service.candidates.Signal;

import java.util.List;

/**
 * The JSON shapes of the contract, one record each, mapped explicitly from the model so that
 * no internal attribute can reach a response by accident.
 */
public final class Views {

    private Views() {
    }

    public record SourceSummaryView(String id, String url, String title, String publisher, String publishedAt,
                                    int textLength, String createdBy, String createdAt) {
        public static SourceSummaryView of(Source s) {
            return new SourceSummaryView(s.id(), s.url(), s.title(), s.publisher(), s.publishedAt(), s.textLength(),
                    s.createdBy(), Timestamps.format(s.createdAt()));
        }
    }

    public record SourceView(String id, String url, String title, String publisher, String publishedAt,
                             int textLength, String createdBy, String createdAt, String text) {
        public static SourceView of(Source s) {
            return new SourceView(s.id(), s.url(), s.title(), s.publisher(), s.publishedAt(), s.textLength(),
                    s.createdBy(), Timestamps.format(s.createdAt()), s.text());
        }
    }

    public record SourceRefView(String id, String url, String title, String publisher, String publishedAt) {
        static SourceRefView of(SourceRef s) {
            return s == null ? null : new SourceRefView(s.id(), s.url(), s.title(), s.publisher(), s.publishedAt());
        }
    }

    public record EvidenceView(String url, String title) {
        static List<EvidenceView> of(List<Evidence> evidence) {
            return evidence.stream().map(e -> new EvidenceView(e.url(), e.title())).toList();
        }
    }

    public record ReviewView(String reviewer, String rating, String ratingLabel, String explanation,
                             List<EvidenceView> evidence, String reviewedAt) {
        static ReviewView of(Review r) {
            return new ReviewView(r.reviewer(), r.rating().wireName(), r.rating().label(), r.explanation(),
                    EvidenceView.of(r.evidence()), Timestamps.format(r.reviewedAt()));
        }
    }

    public record ClaimView(String id, String topic, String statement, String eventDate, String endDate,
                            String datePrecision, String claimant, SourceRefView source, String quote,
                            boolean quoteVerified, String status, String submittedBy, String submittedAt,
                            long version, String rating, String ratingLabel, List<ReviewView> reviews,
                            WithdrawalView withdrawal, DateProvenanceView dateProvenance,
                            QuoteLocationView quoteLocation) {
        public static ClaimView of(Claim c) {
            Rating rating = c.rating().orElse(null);
            return new ClaimView(c.id(), c.topic(), c.statement(), c.eventDate().value(),
                    c.endDate() == null ? null : c.endDate().value(), c.eventDate().precision().wireName(),
                    c.claimant(), SourceRefView.of(c.source()), c.quote(), c.quoteVerified(), c.status().wireName(),
                    c.submittedBy(), Timestamps.format(c.submittedAt()), c.version(),
                    rating == null ? null : rating.wireName(), rating == null ? null : rating.label(),
                    c.reviews().stream().map(ReviewView::of).toList(), WithdrawalView.of(c.withdrawal()),
                    DateProvenanceView.of(c.dateProvenance()), QuoteLocationView.of(c.quoteLocation()));
        }
    }

    /**
     * How a claim's date was determined: {@code method} is {@code phrase} (worked out from the
     * words of its source, the other fields saying how) or {@code by-hand} (all others null).
     */
    public record DateProvenanceView(String method, String phrase, String basis, String anchor,
                                     boolean approximate) {
        public static final String PHRASE = "phrase";
        public static final String BY_HAND = "by-hand";

        static DateProvenanceView of(DateProvenance p) {
            return p == null ? new DateProvenanceView(BY_HAND, null, null, null, false)
                    : new DateProvenanceView(PHRASE, p.phrase(), p.basis(),
                    p.anchor() == null ? null : p.anchor().value(), p.approximate());
        }
    }

    /**
     * Where the quote sits in its source: Unicode code point offsets into the normalized source
     * text, whose SHA-256 (lowercase hex) is {@code sourceSha256}; see docs/claim-pages.md.
     */
    public record QuoteLocationView(int start, int end, String sourceSha256) {
        static QuoteLocationView of(QuoteLocation q) {
            return q == null ? null : new QuoteLocationView(q.start(), q.end(), q.sourceSha256());
        }
    }

    /** When and by whom a claim was withdrawn, and why; {@code reason} null when none was given. */
    public record WithdrawalView(String at, String by, String reason) {
        static WithdrawalView of(Withdrawal w) {
            return w == null ? null : new WithdrawalView(Timestamps.format(w.at()), w.by(), w.reason());
        }
    }

    public record ClaimListView(List<ClaimView> items, String nextCursor) {
        public static ClaimListView of(ClaimPage page) {
            return new ClaimListView(page.items().stream().map(ClaimView::of).toList(), page.nextCursor());
        }
    }

    /** A topic as listed: its counts of pending and reviewed claims. */
    public record TopicSummaryView(String id, String title, long pending, long reviewed, String createdBy,
                                   String createdAt) {
        public static TopicSummaryView of(TopicCounts t) {
            return new TopicSummaryView(t.topic().id(), t.topic().title(), t.pending(), t.reviewed(),
                    t.topic().createdBy(), Timestamps.format(t.topic().createdAt()));
        }

        /** A topic just started: nothing in it yet. */
        public static TopicSummaryView of(Topic t) {
            return of(new TopicCounts(t, 0, 0));
        }
    }

    public record TopicListView(List<TopicSummaryView> items) {
        public static TopicListView of(List<TopicCounts> topics) {
            return new TopicListView(topics.stream().map(TopicSummaryView::of).toList());
        }
    }

    /** A source of a topic: its summary, who added it to the topic and when. */
    public record TopicSourceView(String id, String url, String title, String publisher, String publishedAt,
                                  String addedBy, String addedAt) {
        static TopicSourceView of(TopicSource s) {
            SourceRef ref = s.source();
            return new TopicSourceView(ref.id(), ref.url(), ref.title(), ref.publisher(), ref.publishedAt(),
                    s.addedBy(), Timestamps.format(s.addedAt()));
        }
    }

    public record TopicView(String id, String title, long pending, long reviewed, String createdBy,
                            String createdAt, List<TopicSourceView> sources) {
        public static TopicView of(TopicDetail detail) {
            TopicSummaryView t = TopicSummaryView.of(detail.topic());
            return new TopicView(t.id(), t.title(), t.pending(), t.reviewed(), t.createdBy(), t.createdAt(),
                    detail.sources().stream().map(TopicSourceView::of).toList());
        }
    }

    /** A source as the public timeline shows it: without its id or who stored it. */
    public record PublicSourceView(String url, String title, String publisher, String publishedAt) {
        static PublicSourceView of(SourceRef s) {
            return s == null ? null : new PublicSourceView(s.url(), s.title(), s.publisher(), s.publishedAt());
        }
    }

    /** A reviewed claim on the public timeline; the rating and explanation are its newest review's. */
    /**
     * A reviewed claim on the public timeline; the rating and explanation are its newest review's.
     * {@code firstReviewedAt} is when it was first published, {@code corrections} every change of
     * verdict since; {@code url} is the page carrying its ClaimReview and {@code claimPageUrl} its
     * own HTML page on this API.
     */
    public record TimelineEventView(String id, String eventDate, String endDate, String datePrecision,
                                    String statement, String claimant, String rating, String ratingLabel,
                                    String explanation, List<EvidenceView> evidence, String quote,
                                    boolean quoteVerified, PublicSourceView source, String reviewedAt,
                                    String firstReviewedAt, boolean corrected, List<CorrectionView> corrections,
                                    DateProvenanceView dateProvenance, QuoteLocationView quoteLocation,
                                    String url, String claimPageUrl) {
        static TimelineEventView of(Claim c, ClaimLinks links) {
            Review review = c.publishedReview();
            List<CorrectionView> corrections = c.corrections().stream().map(CorrectionView::of).toList();
            return new TimelineEventView(c.id(), c.eventDate().value(),
                    c.endDate() == null ? null : c.endDate().value(), c.eventDate().precision().wireName(),
                    c.statement(), c.claimant(), review.rating().wireName(), review.rating().label(),
                    review.explanation(), EvidenceView.of(review.evidence()), c.quote(), c.quoteVerified(),
                    PublicSourceView.of(c.source()), Timestamps.format(review.reviewedAt()),
                    Timestamps.format(c.firstReview().orElse(review).reviewedAt()), !corrections.isEmpty(),
                    corrections, DateProvenanceView.of(c.dateProvenance()), QuoteLocationView.of(c.quoteLocation()),
                    links.review(c.topic(), c.id()), links.claimPage(c.topic(), c.id()));
        }
    }

    /** A change of verdict: when, from which rating to which, and the editor's note. */
    public record CorrectionView(String at, String from, String fromLabel, String to, String toLabel, String note) {
        static CorrectionView of(Correction c) {
            return new CorrectionView(Timestamps.format(c.at()), c.from().wireName(), c.from().label(),
                    c.to().wireName(), c.to().label(), c.note());
        }
    }

    /** A review as the public sees it: without the reviewer's id. */
    public record PublicReviewView(String rating, String ratingLabel, String explanation,
                                   List<EvidenceView> evidence, String reviewedAt) {
        static PublicReviewView of(Review r) {
            return new PublicReviewView(r.rating().wireName(), r.rating().label(), r.explanation(),
                    EvidenceView.of(r.evidence()), Timestamps.format(r.reviewedAt()));
        }
    }

    /** A published claim's own page as JSON: the timeline's event, its topic and every review, oldest first. */
    public record ClaimPageView(String topic, @JsonUnwrapped TimelineEventView event,
                                List<PublicReviewView> history) {
        public static ClaimPageView of(Claim c, ClaimLinks links) {
            return new ClaimPageView(c.topic(), TimelineEventView.of(c, links),
                    c.reviews().stream().map(PublicReviewView::of).toList());
        }
    }

    public record TimelineView(String topic, List<TimelineEventView> events, String nextCursor) {
        public static TimelineView of(TimelinePage page, ClaimLinks links) {
            return new TimelineView(page.topic(),
                    page.events().stream().map(c -> TimelineEventView.of(c, links)).toList(), page.nextCursor());
        }
    }

    /** A temporal expression of a candidate sentence and the date it resolves to. */
    public record CandidateDateView(String text, int start, int end, String eventDate, String endDate,
                                    String datePrecision, boolean approximate, String basis, String anchor) {
        static CandidateDateView of(ResolvedDate d) {
            return new CandidateDateView(d.text(), d.start(), d.end(), d.date().value(),
                    d.endDate() == null ? null : d.endDate().value(), d.precision().wireName(), d.approximate(),
                    d.basis(), d.anchor() == null ? null : d.anchor().value());
        }
    }

    public record CandidateView(String quote, int start, int end, String eventDate, String endDate,
                                String datePrecision, String dateText, String dateBasis, boolean dateApproximate,
                                String dateAnchor, List<String> signals, List<String> labels, double score,
                                List<CandidateDateView> dates) {
        static CandidateView of(Candidate c) {
            return new CandidateView(c.quote(), c.start(), c.end(),
                    c.eventDate() == null ? null : c.eventDate().value(),
                    c.endDate() == null ? null : c.endDate().value(),
                    c.eventDate() == null ? null : c.eventDate().precision().wireName(),
                    c.dateText(), c.dateBasis(), c.dateApproximate(),
                    c.dateAnchor() == null ? null : c.dateAnchor().value(),
                    c.signals().stream().map(Signal::wireName).toList(),
                    c.labels().stream().map(Label::wireName).toList(), c.score(),
                    c.dates().stream().map(CandidateDateView::of).toList());
        }
    }

    public record CandidateListView(String sourceId, String publishedAt, double minScore,
                                    List<CandidateView> candidates) {
        public static CandidateListView of(Proposal proposal) {
            return new CandidateListView(proposal.sourceId(), proposal.publishedAt(), proposal.minScore(),
                    proposal.candidates().stream().map(CandidateView::of).toList());
        }
    }
}
