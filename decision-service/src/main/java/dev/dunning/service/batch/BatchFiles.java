package dev.dunning.service.batch;

import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.rules.request.RequestValidator;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The files of one batch run: the input, the decisions and rejects it writes, and the checkpoint beside the decisions
 * ({@code <out>.checkpoint}). After each chunk both outputs are appended and the checkpoint replaced; a crash (even
 * {@code kill -9}) loses at most the chunks after the last checkpoint, which a resumed run cuts off and decides again,
 * so each input row ends up in exactly one output row. The checkpoint is removed when the run completes.
 */
final class BatchFiles implements BatchRun.Sink, AutoCloseable {
    private final Path checkpointFile;
    private final FileChannel decisions;
    private final FileChannel rejects;
    private final Checkpoint resumedFrom;
    private Checkpoint checkpoint;

    private BatchFiles(Path out, Path rejectsFile, Checkpoint checkpoint) throws IOException {
        this.checkpointFile = checkpointOf(out);
        this.decisions = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.rejects = FileChannel.open(rejectsFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.resumedFrom = checkpoint;
        this.checkpoint = checkpoint;
    }

    /** A new run; refuses to overwrite an earlier run's output. */
    static BatchFiles start(Path in, Path out, Path rejectsFile) throws IOException {
        for (Path existing : List.of(out, rejectsFile)) {
            if (Files.exists(existing)) {
                throw new BatchRefused(existing + " exists: pass --resume to continue the run that wrote it, or remove it "
                        + "(and " + (existing == out ? rejectsFile : out) + ") to decide again");
            }
        }
        Checkpoint start = new Checkpoint(in.toAbsolutePath().toString(), Files.size(in), 2, 0, 0, new BatchCounts());
        BatchFiles files = new BatchFiles(out, rejectsFile, start);
        files.append(header(DecisionRow.HEADER), header(RejectRow.HEADER));
        files.checkpoint = new Checkpoint(start.input(), start.inputSize(), 2, files.decisions.position(),
                files.rejects.position(), start.counts());
        files.checkpoint.save(files.checkpointFile);
        return files;
    }

    /** Continues from the checkpoint beside {@code out}, cutting both outputs back to it; a new run if nothing was written. */
    static BatchFiles resume(Path in, Path out, Path rejectsFile) throws IOException {
        Path checkpointFile = checkpointOf(out);
        if (!Files.exists(checkpointFile)) {
            if (Files.exists(out)) {
                throw new BatchRefused(out + " has no checkpoint beside it (" + checkpointFile.getFileName()
                        + "): the run that wrote it completed, so there is nothing to resume");
            }
            return start(in, out, rejectsFile);
        }
        Checkpoint last = Checkpoint.load(checkpointFile);
        if (!last.input().equals(in.toAbsolutePath().toString()) || last.inputSize() != Files.size(in)) {
            throw new BatchRefused("the checkpoint of " + out + " belongs to " + last.input() + " (" + last.inputSize()
                    + " bytes), not to " + in.toAbsolutePath() + " (" + Files.size(in) + " bytes)");
        }
        if (!Files.exists(out) || !Files.exists(rejectsFile) || Files.size(out) < last.decisionsBytes()
                || Files.size(rejectsFile) < last.rejectsBytes()) {
            throw new BatchRefused(out + " or " + rejectsFile + " is shorter than its checkpoint says (lost in a power "
                    + "failure?): remove both and the checkpoint, and decide again");
        }
        BatchFiles files = new BatchFiles(out, rejectsFile, last);
        files.decisions.truncate(last.decisionsBytes()).position(last.decisionsBytes());
        files.rejects.truncate(last.rejectsBytes()).position(last.rejectsBytes());
        return files;
    }

    /** The input from the checkpoint's line on: the header, then the rows not decided yet, read within {@code validator}'s bounds. */
    Input openInput(Path in, RequestValidator validator) throws IOException {
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(in));
        InputStream rows = Lines.skip(new BufferedInputStream(counted, 1 << 16), checkpoint.nextLine() - 2);
        BufferedReader text = new BufferedReader(new InputStreamReader(rows, StandardCharsets.UTF_8), 1 << 16);
        return new Input(PortfolioCsv.reader(text, validator), Math.max(0, checkpoint.nextLine() - 2), counted);
    }

    record Input(PortfolioCsv.Reader reader, long lineOffset, CountingInputStream bytes) {
    }

    @Override
    public void accept(BatchRun.Chunk chunk) throws IOException {
        append(chunk.decisions(), chunk.rejects());
        checkpoint = checkpoint.after(chunk, decisions.position(), rejects.position());
        checkpoint.save(checkpointFile);
    }

    /** Counts up to the last chunk written, this run's and the runs' it resumed. */
    BatchCounts counts() {
        return checkpoint.counts();
    }

    /** Counts of the runs this one resumed. */
    BatchCounts countsBefore() {
        return resumedFrom.counts();
    }

    /** The run completed: nothing to resume any more. */
    void complete() throws IOException {
        decisions.force(false);
        rejects.force(false);
        Files.deleteIfExists(checkpointFile);
    }

    private void append(byte[] decided, byte[] rejected) throws IOException {
        write(decisions, decided);
        write(rejects, rejected);
    }

    private static void write(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static byte[] header(List<String> columns) throws IOException {
        StringWriter text = new StringWriter();
        try (var csv = BatchRun.csv(text)) {
            csv.writeNext(columns.toArray(String[]::new), false);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Path checkpointOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".checkpoint");
    }

    @Override
    public void close() throws IOException {
        try (decisions; rejects) {
            // both closed
        }
    }
}
