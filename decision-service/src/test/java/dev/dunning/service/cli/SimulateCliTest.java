package dev.dunning.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.datasets.portfolio.PortfolioGenerator;
import dev.dunning.datasets.portfolio.PortfolioSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

/** {@code ./dunning simulate}, as an analyst runs it on a copy of the pack with one ladder row changed. */
class SimulateCliTest {
    private static final Path PACK = Path.of("..", "rules", "policy");

    @Test
    void simulatesAChangedFolderAgainstTheDefaultPackAndWritesTheReport(@TempDir Path work) throws Exception {
        Path candidate = work.resolve("candidate");
        FileSystemUtils.copyRecursively(PACK, candidate);
        Path ladder = candidate.resolve("escalation/escalation-ladder.dmn");
        Files.writeString(ladder, Files.readString(ladder).replace(
                "ladder-second-reminder-res-in3\"><text>&gt;= 15<", "ladder-second-reminder-res-in3\"><text>&gt;= 21<"));
        Path portfolio = work.resolve("portfolio.csv");
        try (Writer out = Files.newBufferedWriter(portfolio); PortfolioCsv.Writer csv = PortfolioCsv.writer(out)) {
            new PortfolioGenerator(new PortfolioSpec(5, 150, PortfolioSpec.DEFAULT_AS_OF)).requests().forEach(csv::write);
        }

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new SimulateCli()).execute("--candidate", candidate.toString(), "--baseline",
                    PACK.toString(), "--in", portfolio.toString(), "--out", work.resolve("report").toString());
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).containsPattern("150 accounts decided in [0-9.]+ s, \\d+ changed")
                .contains("STEP", "Report: " + work.resolve("report/report.html"));
        assertThat(Files.readString(work.resolve("report/report.html"))).contains("Transition matrix of steps");
        assertThat(Files.readString(work.resolve("report/changes.csv"))).startsWith("line,accountId,changes,");
    }
}
