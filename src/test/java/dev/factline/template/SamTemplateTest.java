package dev.factline.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.factline.http.PublicTimelineSettings;
import dev.factline.http.Role;
import dev.factline.service.Cursors;
import dev.factline.settings.StackSettings;
import dev.factline.template.ProjectFiles.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** template.yaml: valid SAM, and the security, runtime and data settings the project relies on. */
class SamTemplateTest {

    private static final String TIMELINE_FUNCTION = "GetTimelineFunction";
    /** The public functions: the timeline and each claim's page, which read the publisher settings too. */
    private static final Set<String> PUBLIC_FUNCTIONS = Set.of(TIMELINE_FUNCTION, "GetClaimPageFunction", "GetFeedFunction");

    /** The functions that sign and verify page cursors. */
    private static final Set<String> PAGING_FUNCTIONS = Set.of("ListClaimsFunction", TIMELINE_FUNCTION, "GetFeedFunction");

    /** The only DynamoDB actions each writing function needs, on the table itself. */
    private static final Map<String, Set<String>> WRITER_ACTIONS = Map.of(
            "CreateSourceFunction", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
            "SubmitClaimFunction", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
            "ReviewClaimFunction", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
            "WithdrawClaimFunction", Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
            "CreateTopicFunction", Set.of("dynamodb:PutItem"));

    private static JsonNode template;
    private static List<Route> routes;

    @BeforeAll
    static void read() {
        template = ProjectFiles.template();
        routes = ProjectFiles.routes();
    }

    private static JsonNode resource(String id) {
        JsonNode node = template.path("Resources").path(id);
        assertFalse(node.isMissingNode(), "template.yaml declares no resource " + id);
        return node;
    }

    private static JsonNode ref(String name) {
        return ProjectFiles.JSON.createObjectNode().put("Ref", name);
    }

    /** AWS's SAM schema, copied into the tests' resources with its licence (see its README.md there). */
    private static JsonSchema samSchema() {
        try (var in = SamTemplateTest.class.getResourceAsStream("/sam-schema/sam.schema.json")) {
            assertNotNull(in, "src/test/resources/sam-schema/sam.schema.json is missing");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(ProjectFiles.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).sorted().limit(20)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Test
    void template_validatesAgainstTheSamSchema() {
        Set<ValidationMessage> errors = samSchema().validate(template);
        assertTrue(errors.isEmpty(), "template.yaml breaks the SAM schema:" + describe(errors));
    }

    @Test
    void samSchemaCheck_rejectsAFunctionWithAnUnknownProperty() {
        ObjectNode broken = template.deepCopy();
        ((ObjectNode) broken.path("Resources").path("GetClaimFunction").path("Properties"))
                .put("Handlr", "dev.factline.handler.GetClaimHandler::handleRequest");
        assertFalse(samSchema().validate(broken).isEmpty(),
                "the schema check must catch a misspelt function property, or it checks nothing");
    }

    @Test
    void template_usesOnlyLongFormIntrinsics() {
        Matcher shortForm = Pattern.compile("(?m)(?:^|[\\s:\\[,{-])(![A-Za-z]+)").matcher(ProjectFiles.text("template.yaml"));
        List<String> found = new ArrayList<>();
        while (shortForm.find()) {
            found.add(shortForm.group(1));
        }
        assertTrue(found.isEmpty(), "use Ref:/Fn::GetAtt:/Fn::Sub: instead of the YAML tags " + found);
        assertEquals("AWS::Serverless-2016-10-31", template.path("Transform").asText());
    }

    @Test
    void api_authorizesEveryRouteWithTheCognitoJwtAuthorizerByDefault() {
        JsonNode auth = resource("FactlineHttpApi").path("Properties").path("Auth");
        assertEquals("CognitoAuthorizer", auth.path("DefaultAuthorizer").asText());
        JsonNode authorizer = auth.path("Authorizers").path("CognitoAuthorizer");
        assertEquals("$request.header.Authorization", authorizer.path("IdentitySource").asText());
        JsonNode jwt = authorizer.path("JwtConfiguration");
        assertEquals("https://cognito-idp.${AWS::Region}.amazonaws.com/${FactlineUserPool}",
                jwt.path("issuer").path("Fn::Sub").asText());
        assertEquals(ProjectFiles.JSON.createArrayNode().add(ref("FactlineUserPoolClient")), jwt.path("audience"));
    }

    @Test
    void guardedRoutes_doNotOptOutOfTheAuthorizer() {
        for (Route route : routes) {
            if (PUBLIC_FUNCTIONS.contains(route.functionId())) {
                continue;
            }
            String authorizer = route.declared().authorizer();
            assertFalse(route.isPublic(), route.routeKey() + " must not set Auth.Authorizer NONE");
            assertTrue(authorizer.isEmpty() || authorizer.equals("CognitoAuthorizer"),
                    route.routeKey() + " must use the default CognitoAuthorizer, has " + authorizer);
        }
    }

    @Test
    void timelineAndClaimPageRoutes_areTheOnlyPublicRoutes() {
        Set<String> publicRoutes = routes.stream().filter(Route::isPublic).map(Route::routeKey)
                .collect(Collectors.toSet());
        assertEquals(Set.of("GET /timelines/{topic}", "GET /timelines/{topic}/claims/{id}",
                "GET /timelines/{topic}/feed"), publicRoutes);
        assertTrue(routes.stream().anyMatch(r -> r.functionId().equals(TIMELINE_FUNCTION) && r.isPublic()));
    }

    @Test
    void everyFunction_runsJava21FromTheMavenProject() {
        JsonNode globals = template.path("Globals").path("Function");
        assertEquals("java21", globals.path("Runtime").asText());
        assertEquals(".", globals.path("CodeUri").asText());
        assertEquals("Active", globals.path("Tracing").asText());
        assertEquals("JSON", globals.path("LoggingConfig").path("LogFormat").asText());
        for (Route route : routes) {
            JsonNode properties = route.function().path("Properties");
            String runtime = properties.path("Runtime").asText(globals.path("Runtime").asText());
            assertEquals("java21", runtime, route.functionId());
            assertTrue(properties.path("CodeUri").isMissingNode(), route.functionId() + " should use the global CodeUri");
            assertTrue(route.handler().matches("dev\\.factline\\.handler\\.[A-Za-z]+Handler::handleRequest"),
                    route.functionId() + " handler " + route.handler());
        }
    }

    @Test
    void everyFunction_snapStartsItsPublishedVersionsBehindAnAlias() {
        JsonNode globals = template.path("Globals").path("Function");
        assertEquals("PublishedVersions", globals.path("SnapStart").path("ApplyOn").asText());
        assertTrue(globals.path("AutoPublishAlias").asText().matches("[A-Za-z][A-Za-z0-9_-]*"),
                "SnapStart applies to published versions only: AutoPublishAlias must name the alias");
        for (Route route : routes) {
            JsonNode properties = route.function().path("Properties");
            assertTrue(properties.path("SnapStart").isMissingNode(), route.functionId() + " should not override SnapStart");
            assertTrue(properties.path("AutoPublishAlias").isMissingNode(),
                    route.functionId() + " should take its alias from Globals");
            assertTrue(properties.path("ProvisionedConcurrencyConfig").isMissingNode(),
                    route.functionId() + ": SnapStart does not combine with provisioned concurrency");
        }
    }

    @Test
    void samSchemaCheck_rejectsAMisspeltSnapStartSetting() {
        ObjectNode broken = template.deepCopy();
        ((ObjectNode) broken.path("Globals").path("Function")).putObject("SnapStrat").put("ApplyOn", "PublishedVersions");
        assertFalse(samSchema().validate(broken).isEmpty(),
                "the schema check must catch a misspelt SnapStart, or the SnapStart check proves little");
    }

    @Test
    void functions_readTheTableFromTheEnvironmentAndDeclareTheLocalEndpoint() {
        JsonNode variables = template.path("Globals").path("Function").path("Environment").path("Variables");
        assertEquals(ref("FactlineTable"), variables.path("TABLE_NAME"));
        assertTrue(variables.path("DYNAMODB_ENDPOINT").isTextual(), "DYNAMODB_ENDPOINT must be declared");
        assertEquals("", variables.path("DYNAMODB_ENDPOINT").asText(), "empty in AWS: the SDK's own endpoint");
        assertTrue(variables.path("AWS_REGION").isMissingNode(), "AWS_REGION is reserved: Lambda sets it");
        for (Route route : routes) {
            if (PUBLIC_FUNCTIONS.contains(route.functionId())) {
                continue;
            }
            assertTrue(route.function().path("Properties").path("Environment").isMissingNode(),
                    route.functionId() + " should take its environment from Globals");
        }
    }

    @Test
    void cursorSigningKey_isASecretTheStackGenerates_namedInTheEnvironment_neverAParameter() {
        JsonNode variables = template.path("Globals").path("Function").path("Environment").path("Variables");
        assertEquals(ref("CursorSigningSecret"), variables.path(StackSettings.CURSOR_SIGNING_SECRET));
        assertEquals("", variables.path(Cursors.KEY_VARIABLE).asText("missing"),
                "declared empty, for sam local --env-vars only");
        JsonNode secret = resource("CursorSigningSecret");
        assertEquals("AWS::SecretsManager::Secret", secret.path("Type").asText());
        JsonNode generated = secret.path("Properties").path("GenerateSecretString");
        assertTrue(generated.path("PasswordLength").asInt() >= 32, "long enough for HMAC-SHA256");
        assertTrue(secret.path("Properties").path("SecretString").isMissingNode(), "generated, never written down");
        assertTrue(template.path("Parameters").path("CursorSigningKey").isMissingNode(), "no longer a parameter");
        for (String pager : PAGING_FUNCTIONS) {
            JsonNode policies = resource(pager).path("Properties").path("Policies");
            assertTrue(policies.findValues("AWSSecretsManagerGetSecretValuePolicy")
                            .contains(ProjectFiles.JSON.createObjectNode().set("SecretArn", ref("CursorSigningSecret"))),
                    pager + " signs cursors, so it reads the secret: " + policies);
        }
    }

    /**
     * AutoPublishAlias publishes a new version only when code or the unresolved properties
     * change, so a function that read a stack parameter through its environment would keep the
     * old value behind the live alias after a parameter change (sam-transform's alias check).
     */
    @Test
    void noFunction_readsAStackParameterThroughItsEnvironment() {
        Set<String> parameters = ProjectFiles.fields(template.path("Parameters")).stream().map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<JsonNode> environments = new ArrayList<>(List.of(template.path("Globals").path("Function").path("Environment")));
        routes.forEach(route -> environments.add(route.function().path("Properties").path("Environment")));
        for (JsonNode environment : environments) {
            for (JsonNode ref : environment.findValues("Ref")) {
                assertFalse(parameters.contains(ref.asText()), "an environment refers to the stack parameter " + ref);
            }
            for (JsonNode sub : environment.findValues("Fn::Sub")) {
                parameters.forEach(parameter -> assertFalse(sub.asText().contains("${" + parameter + "}"),
                        "an environment substitutes the stack parameter " + parameter));
            }
        }
    }

    @Test
    void publicFunctions_readThePublisherSettingsFromParametersTheStackWritesFromItsOwn() {
        JsonNode path = ProjectFiles.JSON.createObjectNode().put("Fn::Sub", "/${AWS::StackName}/settings/");
        for (String function : PUBLIC_FUNCTIONS) {
            JsonNode variables = resource(function).path("Properties").path("Environment").path("Variables");
            assertEquals(Set.of(StackSettings.SETTINGS_PARAMETER_PATH), ProjectFiles.fields(variables).stream()
                    .map(Map.Entry::getKey).collect(Collectors.toSet()), function);
            assertEquals(path, variables.path(StackSettings.SETTINGS_PARAMETER_PATH), function);
            assertTrue(resource(function).path("Properties").path("Policies").findValues("SSMParameterReadPolicy")
                    .contains(ProjectFiles.JSON.createObjectNode().set("ParameterName",
                            ProjectFiles.JSON.createObjectNode().put("Fn::Sub", "${AWS::StackName}/settings/*"))),
                    function + " may read the settings parameters");
        }
        Map<String, String> expected = Map.of("PUBLISHER_NAME", "PublisherName", "PUBLISHER_URL", "PublisherUrl",
                "TIMELINE_PAGE_URL", "TimelinePageUrl", "TIMELINE_CACHE_MAX_AGE", "TimelineCacheMaxAge");
        assertEquals(expected.keySet(), Set.copyOf(PublicTimelineSettings.NAMES));
        Map<String, JsonNode> parametersByName = new java.util.HashMap<>();
        for (Map.Entry<String, JsonNode> resource : ProjectFiles.fields(template.path("Resources"))) {
            if ("AWS::SSM::Parameter".equals(resource.getValue().path("Type").asText())) {
                parametersByName.put(resource.getValue().path("Properties").path("Name").path("Fn::Sub").asText(),
                        resource.getValue());
            }
        }
        expected.forEach((name, stackParameter) -> {
            JsonNode parameter = parametersByName.get("/${AWS::StackName}/settings/" + name);
            assertNotNull(parameter, "no settings parameter for " + name);
            assertEquals(ref(stackParameter), parameter.path("Properties").path("Value"), name);
            assertEquals("String", parameter.path("Properties").path("Type").asText(), name);
            assertTrue(template.path("Parameters").path(stackParameter).has("Default"), stackParameter + " needs a default");
        });
        assertEquals("HasTimelinePage", parametersByName.get("/${AWS::StackName}/settings/TIMELINE_PAGE_URL")
                .path("Condition").asText(), "a parameter cannot be empty: no page, no parameter");
        assertEquals(60, template.path("Parameters").path("TimelineCacheMaxAge").path("Default").asInt());
        assertTrue(template.path("Parameters").path("TimelinePageUrl").path("Default").asText().contains("{topic}"));
    }

    @Test
    void cdn_isAnOptionThatCachesOnlyTheTimelines() {
        assertEquals("false", template.path("Parameters").path("EnableCdn").path("Default").asText());
        JsonNode condition = template.path("Conditions").path("CdnEnabled").path("Fn::Equals");
        assertEquals(ref("EnableCdn"), condition.path(0));
        assertEquals("true", condition.path(1).asText());
        JsonNode distribution = resource("FactlineCdn");
        assertEquals("AWS::CloudFront::Distribution", distribution.path("Type").asText());
        assertEquals("CdnEnabled", distribution.path("Condition").asText());
        assertEquals("CdnEnabled", resource("TimelineCachePolicy").path("Condition").asText());
        JsonNode config = distribution.path("Properties").path("DistributionConfig");
        JsonNode timelines = config.path("CacheBehaviors").path(0);
        assertEquals("/timelines/*", timelines.path("PathPattern").asText());
        assertEquals(ref("TimelineCachePolicy"), timelines.path("CachePolicyId"));
        JsonNode policy = resource("TimelineCachePolicy").path("Properties").path("CachePolicyConfig");
        assertEquals(0, policy.path("MinTTL").asInt(-1), "the origin's max-age decides");
        assertEquals("all", policy.path("ParametersInCacheKeyAndForwardedToOrigin").path("QueryStringsConfig")
                .path("QueryStringBehavior").asText(), "format, limit and cursor are part of the page");
        assertEquals("4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
                config.path("DefaultCacheBehavior").path("CachePolicyId").asText(),
                "guarded routes pass through uncached (managed CachingDisabled)");
        assertEquals("CdnEnabled", template.path("Outputs").path("CdnUrl").path("Condition").asText());
    }

    @Test
    void readOnlyFunctions_useOnlyDynamoDBReadPolicy_andReadTheSettingsTheyNeed() {
        JsonNode tableRead = ProjectFiles.JSON.createObjectNode()
                .set("DynamoDBReadPolicy", ProjectFiles.JSON.createObjectNode().set("TableName", ref("FactlineTable")));
        JsonNode settingsRead = ProjectFiles.JSON.createObjectNode().set("SSMParameterReadPolicy",
                ProjectFiles.JSON.createObjectNode().set("ParameterName",
                        ProjectFiles.JSON.createObjectNode().put("Fn::Sub", "${AWS::StackName}/settings/*")));
        JsonNode secretRead = ProjectFiles.JSON.createObjectNode().set("AWSSecretsManagerGetSecretValuePolicy",
                ProjectFiles.JSON.createObjectNode().set("SecretArn", ref("CursorSigningSecret")));
        List<String> readers = new ArrayList<>();
        for (Route route : routes) {
            if (route.isReadOnly()) {
                readers.add(route.functionId());
                var expected = ProjectFiles.JSON.createArrayNode().add(tableRead);
                if (PUBLIC_FUNCTIONS.contains(route.functionId())) {
                    expected.add(settingsRead);
                }
                if (PAGING_FUNCTIONS.contains(route.functionId())) {
                    expected.add(secretRead);
                }
                assertEquals(expected, route.function().path("Properties").path("Policies"), route.functionId());
            }
        }
        assertTrue(readers.contains(TIMELINE_FUNCTION) && readers.contains("ProposeCandidatesFunction"),
                "the GETs and the candidates POST are the readers: " + readers);
    }

    @Test
    void writingFunctions_mayUseOnlyTheirItemActionsOnTheTable() {
        JsonNode tableArn = ProjectFiles.JSON.createObjectNode()
                .set("Fn::GetAtt", ProjectFiles.JSON.createArrayNode().add("FactlineTable").add("Arn"));
        Set<String> writers = new HashSet<>();
        for (Route route : routes) {
            if (route.isReadOnly()) {
                continue;
            }
            writers.add(route.functionId());
            Set<String> actions = new TreeSet<>();
            for (JsonNode policy : route.function().path("Properties").path("Policies")) {
                assertTrue(policy.has("Statement") && policy.size() <= 2 && policy.path("Statement").isArray(),
                        route.functionId() + " should grant an inline Statement only, has " + policy);
                for (JsonNode statement : policy.path("Statement")) {
                    assertEquals("Allow", statement.path("Effect").asText(), route.functionId());
                    assertEquals(tableArn, statement.path("Resource"), route.functionId() + " resource");
                    statement.path("Action").forEach(a -> actions.add(a.asText()));
                }
            }
            assertEquals(new TreeSet<>(WRITER_ACTIONS.get(route.functionId())), actions, route.functionId());
        }
        assertEquals(WRITER_ACTIONS.keySet(), writers);
    }

    @Test
    void table_isTheSingleTableOfTheStoreWithItsFourSparseIndexes() {
        JsonNode table = resource("FactlineTable");
        assertEquals("AWS::DynamoDB::Table", table.path("Type").asText());
        JsonNode properties = table.path("Properties");
        assertEquals("PAY_PER_REQUEST", properties.path("BillingMode").asText());

        Set<String> attributes = new HashSet<>();
        for (JsonNode definition : properties.path("AttributeDefinitions")) {
            assertEquals("S", definition.path("AttributeType").asText(), definition.toString());
            attributes.add(definition.path("AttributeName").asText());
        }
        assertEquals(Set.of("pk", "sk", "reviewedTopic", "timelineSortKey", "pendingTopic", "withdrawnTopic",
                "queueSortKey", "feedTopic", "feedSortKey"), attributes);
        assertEquals(List.of("pk HASH", "sk RANGE"), keySchema(properties.path("KeySchema")));

        Map<String, List<String>> indexes = new java.util.TreeMap<>();
        for (JsonNode index : properties.path("GlobalSecondaryIndexes")) {
            assertEquals("ALL", index.path("Projection").path("ProjectionType").asText(), index.toString());
            indexes.put(index.path("IndexName").asText(), keySchema(index.path("KeySchema")));
        }
        assertEquals(Map.of(
                "timeline", List.of("reviewedTopic HASH", "timelineSortKey RANGE"),
                "pending", List.of("pendingTopic HASH", "queueSortKey RANGE"),
                "withdrawn", List.of("withdrawnTopic HASH", "queueSortKey RANGE"),
                "feed", List.of("feedTopic HASH", "feedSortKey RANGE")), indexes);
    }

    private static List<String> keySchema(JsonNode keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.add(k.path("AttributeName").asText() + " " + k.path("KeyType").asText()));
        return out;
    }

    @Test
    void table_keepsItsDataWithPointInTimeRecoveryEncryptionAndRetain() {
        JsonNode table = resource("FactlineTable");
        assertTrue(table.path("Properties").path("PointInTimeRecoverySpecification")
                .path("PointInTimeRecoveryEnabled").asBoolean(false), "PITR must be on");
        assertTrue(table.path("Properties").path("SSESpecification").path("SSEEnabled").asBoolean(false));
        assertEquals("Retain", table.path("DeletionPolicy").asText());
        assertEquals("Retain", table.path("UpdateReplacePolicy").asText());
    }

    @Test
    void userPool_isRetained_soDeletingOrReplacingTheStackKeepsEveryUser() {
        JsonNode pool = resource("FactlineUserPool");
        assertEquals("AWS::Cognito::UserPool", pool.path("Type").asText());
        assertEquals("Retain", pool.path("DeletionPolicy").asText());
        assertEquals("Retain", pool.path("UpdateReplacePolicy").asText());
    }

    @Test
    void stage_isThrottledFromTheParameters() {
        JsonNode settings = resource("FactlineHttpApi").path("Properties").path("DefaultRouteSettings");
        assertEquals(ref("ThrottlingBurstLimit"), settings.path("ThrottlingBurstLimit"));
        assertEquals(ref("ThrottlingRateLimit"), settings.path("ThrottlingRateLimit"));
        JsonNode parameters = template.path("Parameters");
        assertTrue(parameters.path("ThrottlingBurstLimit").path("Default").asInt(0) > 0);
        assertTrue(parameters.path("ThrottlingRateLimit").path("Default").asInt(0) > 0);
        assertEquals(ref("StageName"), resource("FactlineHttpApi").path("Properties").path("StageName"));
    }

    @Test
    void cors_letsBrowsersSendAndReadTheContractHeaders() {
        JsonNode cors = resource("FactlineHttpApi").path("Properties").path("CorsConfiguration");
        assertEquals(ref("CorsAllowOrigins"), cors.path("AllowOrigins"));
        assertEquals(Set.of("authorization", "content-type", "if-match", "if-none-match", "idempotency-key"),
                texts(cors.path("AllowHeaders")));
        assertEquals(Set.of("etag", "location", "retry-after"), texts(cors.path("ExposeHeaders")));
        assertTrue(texts(cors.path("AllowMethods")).containsAll(routes.stream().map(Route::method).toList()),
                "CORS must allow every method the routes use");
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void userPool_hasAGroupForEachRoleTheHandlersKnow() {
        Set<String> groups = new HashSet<>();
        for (Map.Entry<String, JsonNode> resource : ProjectFiles.fields(template.path("Resources"))) {
            JsonNode node = resource.getValue();
            if ("AWS::Cognito::UserPoolGroup".equals(node.path("Type").asText())) {
                assertEquals(ref("FactlineUserPool"), node.path("Properties").path("UserPoolId"));
                groups.add(node.path("Properties").path("GroupName").asText());
            }
        }
        assertEquals(Arrays.stream(Role.values()).map(Role::groupName).collect(Collectors.toSet()), groups);

        JsonNode client = resource("FactlineUserPoolClient").path("Properties");
        assertFalse(client.path("GenerateSecret").asBoolean(true), "a browser client cannot keep a secret");
        assertEquals(Set.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), texts(client.path("ExplicitAuthFlows")));
    }

    @Test
    void outputs_nameWhatAClientAndAnOperatorNeed() {
        JsonNode outputs = template.path("Outputs");
        assertEquals(Set.of("ApiUrl", "UserPoolId", "UserPoolClientId", "TableName", "CdnUrl", "SignInUrl", "DeskUrl",
                        "DeskApiBase", "DeskBucketName", "DeskDistributionId"),
                ProjectFiles.fields(outputs).stream().map(Map.Entry::getKey).collect(Collectors.toSet()));
        assertEquals("https://${FactlineHttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${StageName}",
                outputs.path("ApiUrl").path("Value").path("Fn::Sub").asText());
    }

    @Test
    void deskSignIn_isManagedLoginWithTheCodeFlowOnly_backToTheDeskOnly() {
        JsonNode client = resource("FactlineUserPoolClient").path("Properties");
        assertFalse(client.path("GenerateSecret").asBoolean(true));
        assertEquals("DeskSignInEnabled", client.path("AllowedOAuthFlowsUserPoolClient").path("Fn::If").path(0).asText());
        JsonNode flows = client.path("AllowedOAuthFlows").path("Fn::If");
        assertEquals(Set.of("code"), texts(flows.path(1)), "authorization code (with PKCE), never implicit");
        assertEquals(Set.of("openid", "email", "profile"), texts(client.path("AllowedOAuthScopes").path("Fn::If").path(1)));
        for (String urls : List.of("CallbackURLs", "LogoutURLs")) {
            JsonNode deskOnly = client.path(urls).path("Fn::If").path(1);
            assertEquals(1, deskOnly.size(), urls);
            assertEquals("${DeskUrl}/desk/", deskOnly.path(0).path("Fn::Sub").asText(), urls);
        }
        assertEquals(Set.of("COGNITO"), texts(client.path("SupportedIdentityProviders")));
        JsonNode noDeskUrl = template.path("Conditions").path("DeskSignInEnabled").path("Fn::Not").path(0).path("Fn::Equals");
        assertEquals(ref("DeskUrl"), noDeskUrl.path(0));
        assertEquals("", template.path("Parameters").path("DeskUrl").path("Default").asText("x"));
        Pattern deskUrl = Pattern.compile(template.path("Parameters").path("DeskUrl").path("AllowedPattern").asText());
        assertTrue(deskUrl.matcher("https://d111111abcdef8.cloudfront.net").matches());
        assertFalse(deskUrl.matcher("http://desk.example.org").matches(), "only https");
        assertFalse(deskUrl.matcher("https://desk.example.org/desk/").matches(), "an origin, no path");

        JsonNode domain = resource("FactlineUserPoolDomain").path("Properties");
        assertEquals(ref("FactlineUserPool"), domain.path("UserPoolId"));
        assertEquals(2, domain.path("ManagedLoginVersion").asInt());
        JsonNode branding = resource("FactlineManagedLoginBranding").path("Properties");
        assertEquals(ref("FactlineUserPoolClient"), branding.path("ClientId"));
    }

    @Test
    void desk_isServedPrivatelyFromS3_withTheApiOnTheSameOrigin() {
        JsonNode block = resource("DeskBucket").path("Properties").path("PublicAccessBlockConfiguration");
        for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertTrue(block.path(setting).asBoolean(), setting);
        }
        JsonNode read = resource("DeskBucketPolicy").path("Properties").path("PolicyDocument").path("Statement").path(0);
        assertEquals("cloudfront.amazonaws.com", read.path("Principal").path("Service").asText());
        assertEquals("s3:GetObject", read.path("Action").asText());
        assertEquals("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${DeskDistribution}",
                read.path("Condition").path("StringEquals").path("AWS:SourceArn").path("Fn::Sub").asText(),
                "only this distribution may read");
        assertEquals("s3", resource("DeskOriginAccessControl").path("Properties").path("OriginAccessControlConfig")
                .path("OriginAccessControlOriginType").asText());

        JsonNode config = resource("DeskDistribution").path("Properties").path("DistributionConfig");
        JsonNode files = config.path("Origins").path(0);
        assertEquals("DeskFiles", files.path("Id").asText());
        assertEquals("DeskOriginAccessControl", files.path("OriginAccessControlId").path("Fn::GetAtt").path(0).asText());
        JsonNode api = config.path("Origins").path(1);
        assertEquals("${FactlineHttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}",
                api.path("DomainName").path("Fn::Sub").asText());
        assertTrue(api.path("OriginPath").isMissingNode(), "the stage stays in the path: apiBase is /<stage>");
        assertEquals("DeskFiles", config.path("DefaultCacheBehavior").path("TargetOriginId").asText());
        assertEquals(ref("DeskSecurityHeaders"), config.path("DefaultCacheBehavior").path("ResponseHeadersPolicyId"));
        JsonNode apiBehaviour = config.path("CacheBehaviors").path(0);
        assertEquals("/${StageName}/*", apiBehaviour.path("PathPattern").path("Fn::Sub").asText());
        assertEquals("HttpApi", apiBehaviour.path("TargetOriginId").asText());
        assertEquals("4135ea2d-6df8-44a3-9df3-4b5a84be39ad", apiBehaviour.path("CachePolicyId").asText(),
                "the API is never cached for the desk (managed CachingDisabled)");
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"),
                texts(apiBehaviour.path("AllowedMethods")));
    }

    @Test
    void deskCsp_allowsItsOwnOriginAndTheSignInDomain_andNoInlineScript() {
        JsonNode headers = resource("DeskSecurityHeaders").path("Properties").path("ResponseHeadersPolicyConfig")
                .path("SecurityHeadersConfig");
        String csp = headers.path("ContentSecurityPolicy").path("ContentSecurityPolicy").path("Fn::Sub").asText();
        Map<String, String> directives = new java.util.HashMap<>();
        for (String directive : csp.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        String signIn = "https://${FactlineUserPoolDomain}.auth.${AWS::Region}.amazoncognito.com";
        assertEquals("'self'", directives.get("default-src"));
        assertEquals("'self'", directives.get("script-src"), "no inline script, no other origin");
        assertEquals("'self'", directives.get("style-src"));
        assertEquals("'self' " + signIn, directives.get("connect-src"), "the API is same-origin; tokens from Cognito");
        assertEquals("'none'", directives.get("frame-ancestors"));
        assertEquals("'none'", directives.get("object-src"));
        assertFalse(csp.contains("unsafe"), csp);
        assertTrue(headers.path("ContentSecurityPolicy").path("Override").asBoolean());
        assertEquals("DENY", headers.path("FrameOptions").path("FrameOption").asText());
        assertTrue(headers.path("StrictTransportSecurity").path("AccessControlMaxAgeSec").asInt() >= 31536000);
    }
}
