package dev.factline.store;

/** The write would make an item larger than DynamoDB's 400 KB limit; nothing was written. */
public class ItemTooLargeException extends RuntimeException {
    public ItemTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
