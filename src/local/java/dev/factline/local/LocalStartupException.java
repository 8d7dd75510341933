package dev.factline.local;

/** Factline Local cannot start; the message is one line that says what to do about it. */
public class LocalStartupException extends RuntimeException {
    public LocalStartupException(String message) {
        super(message);
    }

    public LocalStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
