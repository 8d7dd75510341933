package dev.factline.store;

/** The storage service throttled or could not be reached, after the client's own retries. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
