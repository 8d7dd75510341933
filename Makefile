# sam build runs `make build-<FunctionLogicalId>` for each function (BuildMethod: makefile in
# template.yaml). SAM's own Maven builder runs `mvn install` with the tests; this builds the
# shaded jar once without them, and every function ships that one jar.
FUNCTIONS := CreateSourceFunction GetSourceFunction ProposeCandidatesFunction SubmitClaimFunction \
             ListClaimsFunction GetClaimFunction ReviewClaimFunction WithdrawClaimFunction GetTimelineFunction

.PHONY: jar $(addprefix build-,$(FUNCTIONS))

jar:
	mvn -B -q -DskipTests package

build-CreateSourceFunction build-GetSourceFunction build-ProposeCandidatesFunction build-SubmitClaimFunction \
build-ListClaimsFunction build-GetClaimFunction build-ReviewClaimFunction build-WithdrawClaimFunction build-GetTimelineFunction: jar
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/factline.jar "$(ARTIFACTS_DIR)/lib/"
