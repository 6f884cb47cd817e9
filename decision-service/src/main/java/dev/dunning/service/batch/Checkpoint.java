package dev.dunning.service.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * How far a batch run got, written beside its output after each chunk: the input (path and size), the input line
 * of the next row to decide, the byte lengths of both outputs up to the last whole chunk, and the counts so far.
 * Replaced atomically, so a crash leaves either the previous checkpoint or this one.
 */
record Checkpoint(String input, long inputSize, long nextLine, long decisionsBytes, long rejectsBytes,
                  BatchCounts counts) {

    Checkpoint after(BatchRun.Chunk chunk, long decisions, long rejects) {
        BatchCounts total = new BatchCounts();
        total.add(counts);
        total.add(chunk.counts());
        return new Checkpoint(input, inputSize, chunk.nextLine(), decisions, rejects, total);
    }

    void save(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("input", input);
        properties.setProperty("inputSize", Long.toString(inputSize));
        properties.setProperty("nextLine", Long.toString(nextLine));
        properties.setProperty("decisionsBytes", Long.toString(decisionsBytes));
        properties.setProperty("rejectsBytes", Long.toString(rejectsBytes));
        counts.writeTo(properties);
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            properties.store(out, "dunning decide: where --resume continues");
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Checkpoint load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new Checkpoint(properties.getProperty("input"), number(properties, "inputSize"),
                number(properties, "nextLine"), number(properties, "decisionsBytes"),
                number(properties, "rejectsBytes"), BatchCounts.readFrom(properties));
    }

    private static long number(Properties properties, String key) {
        return Long.parseLong(properties.getProperty(key));
    }
}
