package dev.dunning.service.simulation;

import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.service.risk.RiskModels;
import dev.dunning.service.rulesets.ActiveRuleSet;
import dev.dunning.service.rulesets.RuleSetSettings;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Simulations asked for over REST: the uploaded portfolio is checked (its header) at once, then simulated in the
 * background, one simulation at a time (each uses every core), with stored rule-set versions a reviewer approved
 * (a draft is simulated on the analyst's own machine, {@code ./dunning simulate}). The files of the latest
 * {@value #KEPT} simulations are kept in a temporary folder until the service stops.
 */
@Component
class Simulations {
    private static final Logger log = LoggerFactory.getLogger(Simulations.class);
    static final int KEPT = 20;
    private final ActiveRuleSet ruleSets;
    private final DecisionPipeline pipeline;
    private final RiskModels risk;
    private final RuleSetSettings settings;
    private final Clock clock;
    private final Path root;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("simulation").daemon().factory());
    private final Map<String, SimulationJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SimulationJob> eldest) {
            boolean remove = size() > KEPT && eldest.getValue().getStatus() != SimulationJob.Status.RUNNING;
            if (remove) {
                FileSystemUtils.deleteRecursively(eldest.getValue().folder().toFile());
            }
            return remove;
        }
    };

    Simulations(ActiveRuleSet ruleSets, DecisionPipeline pipeline, RiskModels risk, RuleSetSettings settings, Clock clock)
            throws IOException {
        this.ruleSets = ruleSets;
        this.pipeline = pipeline;
        this.risk = risk;
        this.settings = settings;
        this.clock = clock;
        this.root = Files.createTempDirectory("dunning-simulations");
    }

    SimulationJob start(MultipartFile portfolio, String candidateHash, String baselineHash, String user) {
        if (candidateHash == null || candidateHash.isBlank()) {
            throw new InvalidSimulationRequest("candidate", "the hash of a stored rule-set version is required");
        }
        if (portfolio == null || portfolio.isEmpty()) {
            throw new InvalidSimulationRequest("file", "send the portfolio CSV as the multipart part 'file'");
        }
        CompiledRuleSet candidate = ruleSets.reviewed(candidateHash, "candidate");
        CompiledRuleSet baseline = baselineHash == null || baselineHash.isBlank() ? ruleSets.current()
                : ruleSets.reviewed(baselineHash, "baseline");
        String id = UUID.randomUUID().toString();
        Path folder = root.resolve(id);
        Path file = folder.resolve("portfolio.csv");
        receive(portfolio, file);
        SimulationJob job = new SimulationJob(id, user, OffsetDateTime.now(clock), baseline.ref(), candidate.ref(), folder);
        synchronized (jobs) {
            jobs.put(id, job);
        }
        runner.execute(() -> run(job, file, new Simulation(pipeline, risk::assess, baseline, candidate,
                SimulationSettings.of(settings.timeZone()))));
        return job;
    }

    SimulationJob job(String id) {
        synchronized (jobs) {
            SimulationJob job = jobs.get(id);
            if (job == null) {
                throw new SimulationNotFound("No simulation " + id + " (the service keeps the latest " + KEPT + ")");
            }
            return job;
        }
    }

    /** A file of a finished simulation. */
    Path file(String id, String name) {
        SimulationJob job = job(id);
        if (job.getStatus() != SimulationJob.Status.DONE) {
            throw new SimulationNotFound("Simulation " + id + " has no " + name + ": it is " + job.getStatus());
        }
        return job.folder().resolve(name);
    }

    private static void receive(MultipartFile portfolio, Path file) {
        try {
            Files.createDirectories(file.getParent());
            portfolio.transferTo(file);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); var rows = PortfolioCsv.reader(in)) {
                rows.iterator();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            FileSystemUtils.deleteRecursively(file.getParent().toFile());
            throw new InvalidSimulationRequest("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("The portfolio could not be stored for the simulation", e);
        }
    }

    private static void run(SimulationJob job, Path file, Simulation simulation) {
        try {
            job.done(simulation.run(file, job.folder(), job::progress));
            log.info("Simulation {} done: {} accounts, {} changed", job.getId(), job.getSummary().accounts(),
                    job.getSummary().changed());
        } catch (IOException | RuntimeException e) {
            log.warn("Simulation {} failed: {}", job.getId(), e.getMessage());
            job.failed(e.getMessage());
        } catch (Error e) {
            log.error("Simulation {} failed", job.getId(), e);
            job.failed("failed with " + e.getClass().getName());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() throws IOException {
        runner.shutdownNow();
        FileSystemUtils.deleteRecursively(root);
    }
}
