package dev.factline.http;

import java.io.Writer;

/**
 * A {@link Writer} into one {@link StringBuilder}: what {@link java.io.StringWriter} does without
 * its StringBuffer's lock on every small write, which the XML writer makes thousands of per feed
 * page and which Lambda's C1-only JIT does not elide.
 */
final class TextWriter extends Writer {

    private final StringBuilder text;

    TextWriter(int initialCapacity) {
        this.text = new StringBuilder(initialCapacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
