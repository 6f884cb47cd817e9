package dev.dunning.service.simulation;

import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.datasets.portfolio.PortfolioRow;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.audit.Masking;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Decides every account of a portfolio with a baseline and a candidate rule set, scoring each household once for
 * both, and compares the two decisions. Rows are read one at a time and decided on all cores; at most a small window
 * of accounts is in flight, and results are tallied in file order, so memory stays constant and the sample and the
 * changes file are the same from run to run.
 */
public final class Simulation {
    public static final String REPORT_FILE = "report.html";
    public static final String CHANGES_FILE = "changes.csv";
    private final DecisionPipeline pipeline;
    private final Function<DecisionRequest, RiskAssessment> risk;
    private final CompiledRuleSet baseline;
    private final CompiledRuleSet candidate;
    private final SimulationSettings settings;

    public Simulation(DecisionPipeline pipeline, Function<DecisionRequest, RiskAssessment> risk, CompiledRuleSet baseline,
                      CompiledRuleSet candidate, SimulationSettings settings) {
        this.pipeline = pipeline;
        this.risk = risk;
        this.baseline = baseline;
        this.candidate = candidate;
        this.settings = settings;
    }

    /**
     * Simulates the portfolio file {@code portfolio} and writes {@code report.html} and {@code changes.csv} into
     * {@code folder}; {@code progress} hears the number of accounts done. A file without the portfolio header fails
     * with an {@link IllegalArgumentException} before anything is decided.
     */
    public SimulationSummary run(Path portfolio, Path folder, LongConsumer progress) throws IOException {
        Files.createDirectories(folder);
        try (Reader in = Files.newBufferedReader(portfolio, StandardCharsets.UTF_8);
             PortfolioCsv.Reader rows = PortfolioCsv.reader(in);
             ChangesCsv changes = new ChangesCsv(Files.newBufferedWriter(folder.resolve(CHANGES_FILE)))) {
            SimulationSummary summary = run(rows, changes, progress);
            Files.writeString(folder.resolve(REPORT_FILE), SimulationReport.html(summary));
            return summary;
        }
    }

    /** Simulates the rows of {@code portfolio}, handing every changed account to {@code changes} in file order. */
    public SimulationSummary run(Iterable<PortfolioRow> portfolio, Consumer<Comparison> changes, LongConsumer progress) {
        long started = System.nanoTime();
        SimulationTally tally = new SimulationTally(settings.sampleSize());
        record Pending(long line, Future<Comparison> comparison) {
        }
        Deque<Pending> window = new ArrayDeque<>();
        Consumer<Pending> take = pending -> {
            tally(pending.line(), pending.comparison(), tally, changes);
            progress.accept(tally.decided());
        };
        try (ExecutorService workers = Executors.newFixedThreadPool(settings.threads())) {
            for (PortfolioRow row : portfolio) {
                switch (row) {
                    case PortfolioRow.Rejected rejected -> tally.rejected(rejected.line(), rejected.reason());
                    case PortfolioRow.Accepted accepted -> {
                        window.add(new Pending(accepted.line(), workers.submit(() -> compare(accepted))));
                        if (window.size() >= settings.threads() * 64) {
                            take.accept(window.poll());
                        }
                    }
                }
            }
            window.forEach(take);
        }
        return tally.summary(baseline.ref(), candidate.ref(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void tally(long line, Future<Comparison> pending, SimulationTally tally, Consumer<Comparison> changes) {
        try {
            Comparison comparison = pending.get();
            tally.add(comparison);
            if (comparison.changed()) {
                changes.accept(comparison);
            }
        } catch (ExecutionException e) {
            tally.failed(line, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The simulation was interrupted", e);
        }
    }

    private Comparison compare(PortfolioRow.Accepted row) {
        DecisionRequest request = row.request();
        RiskAssessment score = risk.apply(request);
        Outcome before = Outcome.of(pipeline.decide(request, baseline, score));
        Outcome after = Outcome.of(pipeline.decide(request, candidate, score));
        boolean protectedHousehold = before.protectedHousehold() || after.protectedHousehold()
                || request.account().hasHardship();
        return new Comparison(row.line(), request.account().id(), Masking.name(request.account().name()),
                protectedHousehold, before, after, before.differencesTo(after, settings.zone()));
    }
}
