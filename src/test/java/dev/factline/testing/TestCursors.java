package dev.factline.testing;

import dev.factline.service.Cursors;

/** The cursor signer of the tests, with a key of their own. */
public final class TestCursors {

    public static final String KEY = "factline-test-cursor-signing-key-0123456789";
    public static final Cursors CURSORS = new Cursors(KEY);

    private TestCursors() {
    }
}
