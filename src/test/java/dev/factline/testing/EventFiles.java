package dev.factline.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files in events/, in the order they build on each other on an empty table, with the
 * function each is for and the status it gets.
 */
public final class EventFiles {

    public record Expected(String functionId, int status) {
    }

    public static final Map<String, Expected> IN_ORDER = inOrder();

    private EventFiles() {
    }

    private static Map<String, Expected> inOrder() {
        Map<String, Expected> files = new LinkedHashMap<>();
        files.put("create-topic.json", new Expected("CreateTopicFunction", 201));
        files.put("create-source.json", new Expected("CreateSourceFunction", 201));
        files.put("get-source.json", new Expected("GetSourceFunction", 200));
        files.put("propose-candidates.json", new Expected("ProposeCandidatesFunction", 200));
        files.put("submit-claim.json", new Expected("SubmitClaimFunction", 201));
        files.put("get-claim.json", new Expected("GetClaimFunction", 200));
        files.put("list-claims.json", new Expected("ListClaimsFunction", 200));
        files.put("review-claim.json", new Expected("ReviewClaimFunction", 201));
        files.put("get-timeline.json", new Expected("GetTimelineFunction", 200));
        files.put("get-feed.json", new Expected("GetFeedFunction", 200));
        files.put("get-claim-page.json", new Expected("GetClaimPageFunction", 200));
        files.put("list-topics.json", new Expected("ListTopicsFunction", 200));
        files.put("get-topic.json", new Expected("GetTopicFunction", 200));
        files.put("withdraw-claim.json", new Expected("WithdrawClaimFunction", 200));
        return files;
    }
}
