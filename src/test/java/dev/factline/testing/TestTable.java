package dev.factline.testing;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A fresh table on the test run's DynamoDB server. */
public record TestTable(DynamoDbClient client, String name, URI endpoint) {

    /** Every item in the table: a test may Scan to prove what was (not) written. */
    public List<Map<String, AttributeValue>> allItems() {
        return client.scanPaginator(b -> b.tableName(name).consistentRead(true)).items().stream().toList();
    }

    /** The claims' items only, without the topics their submission registered: those with a submitter. */
    public List<Map<String, AttributeValue>> claimItems() {
        return allItems().stream().filter(item -> item.containsKey("submittedBy")).toList();
    }
}
