package dev.dunning.service.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/** Skips physical lines of a CSV file ({@code \n} ends a line, as OpenCSV counts them) while keeping its header. */
final class Lines {
    private Lines() {
    }

    /** The first line of {@code in}, then what follows line {@code header + skipped}. */
    static InputStream skip(InputStream in, long skipped) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            header.write(b);
            if (b == '\n') {
                break;
            }
        }
        return new SequenceInputStream(new ByteArrayInputStream(header.toByteArray()), after(in, skipped));
    }

    private static InputStream after(InputStream in, long lines) throws IOException {
        if (lines <= 0) {
            return in;
        }
        byte[] buffer = new byte[1 << 16];
        long left = lines;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n' && --left == 0) {
                    return new SequenceInputStream(new ByteArrayInputStream(buffer, i + 1, n - i - 1), in);
                }
            }
        }
        return InputStream.nullInputStream();
    }
}
