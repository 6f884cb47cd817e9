package dev.dunning.datasets.portfolio;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the current row began and refuses a row longer than {@link #MAX_ROW_CHARS} before
 * it is held in memory whole: a quote left open, or a hostile file, would otherwise make one row of the whole file.
 */
final class RowLimit extends FilterReader {
    /** The largest row the request bounds allow is about 1.2 million characters (every list at its maximum). */
    static final int MAX_ROW_CHARS = 4 * 1024 * 1024;
    private long sinceRowStart;

    RowLimit(Reader in) {
        super(in);
    }

    void rowStarts() {
        sinceRowStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int chars) throws RowTooLong {
        sinceRowStart += chars;
        if (sinceRowStart > MAX_ROW_CHARS) {
            throw new RowTooLong();
        }
    }

    /** A row longer than the limit. */
    static final class RowTooLong extends IOException {
        RowTooLong() {
            super("a row longer than " + MAX_ROW_CHARS + " characters (is a quote left open?)");
        }
    }
}
