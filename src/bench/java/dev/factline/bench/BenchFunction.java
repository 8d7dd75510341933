package dev.factline.bench;

import java.util.List;

/** A function of template.yaml as the benchmark drives it: its handler, its event file and its success status. */
public record BenchFunction(String name, String handler, String eventFile, int successStatus) {

    /** In the order of the events/ story: each step finds what the earlier ones wrote. */
    public static final List<BenchFunction> ALL = List.of(
            new BenchFunction("CreateSource", "dev.factline.handler.CreateSourceHandler", "create-source.json", 201),
            new BenchFunction("GetSource", "dev.factline.handler.GetSourceHandler", "get-source.json", 200),
            new BenchFunction("ProposeCandidates", "dev.factline.handler.ProposeCandidatesHandler",
                    "propose-candidates.json", 200),
            new BenchFunction("SubmitClaim", "dev.factline.handler.SubmitClaimHandler", "submit-claim.json", 201),
            new BenchFunction("GetClaim", "dev.factline.handler.GetClaimHandler", "get-claim.json", 200),
            new BenchFunction("ListClaims", "dev.factline.handler.ListClaimsHandler", "list-claims.json", 200),
            new BenchFunction("ReviewClaim", "dev.factline.handler.ReviewClaimHandler", "review-claim.json", 201),
            new BenchFunction("GetTimeline", "dev.factline.handler.GetTimelineHandler", "get-timeline.json", 200),
            new BenchFunction("GetFeed", "dev.factline.handler.GetFeedHandler", "get-feed.json", 200),
            new BenchFunction("WithdrawClaim", "dev.factline.handler.WithdrawClaimHandler", "withdraw-claim.json", 200));

    public static BenchFunction named(String name) {
        return ALL.stream().filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function " + name));
    }
}
