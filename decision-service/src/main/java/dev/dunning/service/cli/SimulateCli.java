package dev.dunning.service.cli;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.service.risk.RiskModels;
import dev.dunning.service.rulesets.DefaultPolicyPack;
import dev.dunning.service.simulation.Difference;
import dev.dunning.service.simulation.Simulation;
import dev.dunning.service.simulation.SimulationSettings;
import dev.dunning.service.simulation.SimulationSummary;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./dunning simulate}: decides every account of a portfolio file with two policy folders, both compiled by the
 * one compiler and scored by the shipped risk model, and writes the report and the changed accounts.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Compare a candidate policy folder with a baseline on a portfolio CSV; write report.html and changes.csv.")
public final class SimulateCli implements Callable<Integer> {
    @Option(names = "--candidate", required = true, paramLabel = "FOLDER", description = "The changed policy folder.")
    Path candidate;
    @Option(names = "--baseline", paramLabel = "FOLDER",
            description = "The policy folder in force (default: the default pack shipped with the service).")
    Path baseline;
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "A portfolio CSV (./dunning portfolio generate).")
    Path in;
    @Option(names = "--out", defaultValue = "simulation", paramLabel = "DIR", description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    Path out;
    @Option(names = "--time-zone", defaultValue = "Asia/Shanghai", description = "Zone of the days counted (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new SimulateCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(in)) {
            System.err.println("Refused: no readable file " + in.toAbsolutePath());
            return 1;
        }
        CompiledRuleSet before = compile(baseline == null ? DefaultPolicyPack.fromClassPath(DecideCli.DEFAULT_PACK)
                : PolicyPack.fromDirectory(baseline), String.valueOf(baseline));
        CompiledRuleSet after = compile(PolicyPack.fromDirectory(candidate), candidate.toString());
        if (before == null || after == null) {
            return 1;
        }
        RiskModels risk = RiskModels.standalone();
        Simulation simulation = new Simulation(new DecisionPipeline(zone), risk::assess, before, after, SimulationSettings.of(zone));
        SimulationSummary summary = simulation.run(in, out, new Progress(System.err));
        System.err.println();
        print(summary, System.out);
        return 0;
    }

    private static CompiledRuleSet compile(RuleSetSource pack, String folder) {
        CompilationResult result = new RuleSetCompiler().compile(pack);
        if (result.ruleSet().isEmpty()) {
            System.err.printf("%s does not compile; check it with ./dunning policy validate %s%n", folder, folder);
            result.problems().stream().filter(p -> p.isError()).forEach(p -> System.err.printf("  %s:%d:%d %s%n",
                    p.file(), p.line(), p.column(), p.message()));
        }
        return result.ruleSet().orElse(null);
    }

    private void print(SimulationSummary s, PrintStream stdout) {
        stdout.printf("Baseline  %s %s%nCandidate %s %s%n", s.baseline().version(), s.baseline().hash(),
                s.candidate().version(), s.candidate().hash());
        stdout.printf("%d accounts decided in %.1f s, %d changed (%d rows rejected, %d failed)%n", s.accounts(),
                s.millis() / 1000.0, s.changed(), s.rejected(), s.failed());
        for (Difference kind : Difference.values()) {
            stdout.printf("  %-10s %d%n", kind, s.changesByKind().get(kind));
        }
        stdout.printf("Protected households affected: %d%n", s.protectedHouseholdsAffected());
        stdout.printf("Late fees  %s -> %s yuan%nAmount due %s -> %s yuan%n", s.lateFees().baseline(),
                s.lateFees().candidate(), s.totalDue().baseline(), s.totalDue().candidate());
        stdout.printf("Report: %s%nChanged accounts: %s%n", out.resolve(Simulation.REPORT_FILE), out.resolve(Simulation.CHANGES_FILE));
    }

    /** Accounts done, rate and elapsed time on stderr: every second on one line at a terminal, else every 10 s. */
    private static final class Progress implements LongConsumer {
        private final PrintStream err;
        private final boolean terminal = System.console() != null;
        private final long started = System.nanoTime();
        private long shown = started;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void accept(long done) {
            long now = System.nanoTime();
            if (now - shown >= (terminal ? 1_000_000_000L : 10_000_000_000L)) {
                shown = now;
                double seconds = (now - started) / 1e9;
                err.printf(terminal ? "\r%,d accounts simulated, %,.0f/s, %.0f s" : "%,d accounts simulated, %,.0f/s, %.0f s%n",
                        done, done / seconds, seconds);
                if (terminal) {
                    err.flush();
                }
            }
        }
    }
}
