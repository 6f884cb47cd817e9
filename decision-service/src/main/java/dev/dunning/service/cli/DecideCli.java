package dev.dunning.service.cli;

import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.service.batch.BatchCounts;
import dev.dunning.service.batch.BatchRefused;
import dev.dunning.service.batch.Decider;
import dev.dunning.service.batch.FileBatch;
import dev.dunning.service.batch.InProcessDecider;
import dev.dunning.service.rulesets.DefaultPolicyPack;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./dunning decide}: the nightly batch, in process, without the service and without its decision log. Exit 0
 * when the run completed (rejected rows included), 1 when it could not run or failed.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decide every account of a portfolio CSV file into a decisions CSV file, without the service "
                + "(decisions are not written to the decision log). Bad rows go to a rejects file and the run goes on.")
public final class DecideCli implements Callable<Integer> {
    static final String DEFAULT_PACK = "classpath*:policy/**/*";

    @Option(names = "--in", required = true, description = "The portfolio CSV file (layout: datasets/README.md).")
    Path in;
    @Option(names = "--out", required = true, description = "The decisions CSV file to write.")
    Path out;
    @Option(names = "--rejects", description = "The rejects CSV file (default: <out>.rejects.csv).")
    Path rejects;
    @Option(names = "--policy", description = "A policy folder (default: the default pack shipped with the service).")
    Path policy;
    @Option(names = "--threads", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--resume", description = "Continue an interrupted run from the checkpoint beside <out>.")
    boolean resume;
    @Option(names = "--time-zone", defaultValue = "Asia/Shanghai", description = "Zone of the days counted (default: ${DEFAULT-VALUE}).")
    ZoneId zone;
    @Option(names = "--chunk-size", defaultValue = "500", description = "Rows per chunk (default: ${DEFAULT-VALUE}).")
    int chunkSize;
    @Option(names = "--parse-and-write-only", description = "Benchmark baseline: read, validate and write every row "
            + "with the same reader and writer, but decide nothing (decision columns empty).")
    boolean parseAndWriteOnly;
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DecideCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (!Files.isReadable(in)) {
            spec.commandLine().getErr().println("Refused: no readable file " + in.toAbsolutePath());
            return 1;
        }
        Path rejectsFile = rejects != null ? rejects : out.resolveSibling(out.getFileName() + ".rejects.csv");
        Decider decider = parseAndWriteOnly ? Decider.NONE : decider(console);
        FileBatch.Summary summary;
        try {
            summary = new FileBatch(decider, threads, chunkSize).decide(in, out, rejectsFile, resume, System.err);
        } catch (BatchRefused e) {
            spec.commandLine().getErr().println("Refused: " + e.getMessage());
            return 1;
        }
        print(console, summary, rejectsFile);
        return 0;
    }

    private Decider decider(PrintWriter console) {
        var source = policy == null ? DefaultPolicyPack.fromClassPath(DEFAULT_PACK) : PolicyPack.fromDirectory(policy);
        InProcessDecider decider = new InProcessDecider(source, zone);
        console.printf("Rule set %s %s; %d worker threads; not written to the decision log%n",
                decider.ruleSet().version(), decider.ruleSet().hash(), threads);
        console.flush();
        return decider;
    }

    private void print(PrintWriter console, FileBatch.Summary summary, Path rejectsFile) {
        BatchCounts total = summary.total();
        console.printf("Done: %s -> %s%n", in, out);
        console.printf("  read     %,12d%s%n", total.read(), summary.before().read() == 0 ? ""
                : String.format(" (%,d of them by the runs resumed)", summary.before().read()));
        console.printf("  decided  %,12d%n", total.decided());
        console.printf("  rejected %,12d%s%n", total.rejected(), total.rejected() == 0 ? "" : " -> " + rejectsFile);
        console.printf("  steps    %s%n", total.steps().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> String.format("%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        console.printf("  elapsed  %s, %,.0f rows/s%n", duration(summary.elapsed()), summary.rowsPerSecond());
    }

    private static String duration(Duration d) {
        return String.format("%d:%02d:%02d.%d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), d.toMillisPart() / 100);
    }
}
