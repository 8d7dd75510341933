# sam build runs `make build-<FunctionLogicalId>` for each function (BuildMethod: makefile in
# template.yaml). SAM's own Maven builder runs `mvn install` with the tests; this builds the
# shaded jar once without them, and every function ships that one jar, so one pattern rule
# builds any function the template declares.

.PHONY: jar

jar:
	mvn -B -q -DskipTests package

build-%Function: jar
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/factline.jar "$(ARTIFACTS_DIR)/lib/"
