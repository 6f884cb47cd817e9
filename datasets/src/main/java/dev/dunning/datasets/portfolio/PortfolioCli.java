package dev.dunning.datasets.portfolio;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./dunning portfolio generate}: writes a synthetic portfolio as CSV, with a progress line on stderr. */
@Command(name = "portfolio", mixinStandardHelpOptions = true, subcommands = PortfolioCli.Generate.class,
        description = "Synthetic portfolios of accounts (made-up data, no real customers).")
public final class PortfolioCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new PortfolioCli()).execute(args));
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Generate N accounts from a seed as a portfolio CSV file.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--accounts", required = true, description = "number of accounts")
        long accounts;
        @Option(names = "--seed", defaultValue = "1", description = "seed; the same seed gives the same file (default ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--as-of", defaultValue = "2026-12-20T10:00+08:00", description = "decision moment with offset (default ${DEFAULT-VALUE})")
        OffsetDateTime asOf;
        @Option(names = "--zone", defaultValue = "Asia/Shanghai", description = "the utilities' time zone (default ${DEFAULT-VALUE})")
        ZoneId zone;
        @Option(names = "--out", required = true, description = "CSV file to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            PortfolioGenerator generator = new PortfolioGenerator(new PortfolioSpec(seed, accounts, asOf, zone));
            Progress progress = new Progress(System.err, accounts);
            try (BufferedWriter file = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 PortfolioCsv.Writer csv = PortfolioCsv.writer(file)) {
                generator.requests().forEach(request -> {
                    csv.write(request);
                    progress.advance();
                });
            }
            progress.done(out, Files.size(out));
            return 0;
        }
    }

    /** A progress line rewritten in place every 1 % of the accounts. */
    private static final class Progress {
        private final PrintStream err;
        private final long total;
        private final long step;
        private final long started = System.nanoTime();
        private long written;

        Progress(PrintStream err, long total) {
            this.err = err;
            this.total = total;
            this.step = Math.max(1, total / 100);
        }

        void advance() {
            if (++written % step == 0) {
                err.printf("\r%,d / %,d accounts (%d %%)", written, total, written * 100 / total);
            }
        }

        void done(Path out, long bytes) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            err.printf("%n%,d accounts written to %s: %,d bytes in %.1f s%n", written, out, bytes, took.toMillis() / 1000.0);
        }
    }
}
