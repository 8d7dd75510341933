package dev.factline.store;

/** A page position this store did not issue; only a forged or corrupted cursor carries one. */
public final class InvalidPositionException extends RuntimeException {

    public InvalidPositionException(String message) {
        super(message);
    }
}
