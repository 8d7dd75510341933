package dev.factline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the table resource of template.yaml into a CreateTable request, so that tests (and
 * the local runner) use exactly the keys and indexes that get deployed.
 */
public final class TableFromTemplate {

    public static final Path TEMPLATE = Path.of(System.getProperty("factline.template", "template.yaml"));
    static final String TABLE_RESOURCE = "FactlineTable";

    private TableFromTemplate() {
    }

    public static CreateTableRequest createTableRequest(Path template, String tableName) {
        JsonNode properties;
        try {
            properties = new YAMLMapper().readTree(template.toFile()).path("Resources").path(TABLE_RESOURCE)
                    .path("Properties");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + template, e);
        }
        if (properties.isMissingNode()) {
            throw new IllegalStateException(template + " has no Resources." + TABLE_RESOURCE + ".Properties");
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        properties.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText())
                .attributeType(a.path("AttributeType").asText())
                .build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        properties.path("GlobalSecondaryIndexes").forEach(i -> indexes.add(GlobalSecondaryIndex.builder()
                .indexName(i.path("IndexName").asText())
                .keySchema(keySchema(i.path("KeySchema")))
                .projection(Projection.builder().projectionType(i.path("Projection").path("ProjectionType").asText()).build())
                .build()));
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.fromValue(properties.path("BillingMode").asText()))
                .attributeDefinitions(attributes)
                .keySchema(keySchema(properties.path("KeySchema")))
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .build();
    }

    private static List<KeySchemaElement> keySchema(JsonNode node) {
        List<KeySchemaElement> keys = new ArrayList<>();
        node.forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText())
                .build()));
        return keys;
    }
}
