package dev.factline.store.dynamodb;

import dev.factline.store.FactlineStore;
import dev.factline.store.FactlineStoreContract;
import dev.factline.testing.DynamoDbEngine;
import dev.factline.testing.TestTable;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store contract on a fresh table of a real DynamoDB-compatible server. */
@ExtendWith(DynamoDbEngine.class)
class DynamoDbFactlineStoreIT extends FactlineStoreContract {

    private final TestTable table;

    DynamoDbFactlineStoreIT(TestTable table) {
        this.table = table;
    }

    @Override
    protected FactlineStore newStore() {
        return new DynamoDbFactlineStore(table.client(), table.name());
    }

    @Override
    protected int storedRecords() {
        return table.allItems().size();
    }
}
