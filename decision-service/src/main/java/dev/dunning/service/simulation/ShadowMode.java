package dev.dunning.service.simulation;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.service.decisions.DecisionMade;
import dev.dunning.service.risk.RiskModels;
import dev.dunning.service.rulesets.ActiveRuleSet;
import dev.dunning.service.rulesets.RuleSetSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A candidate rule-set version evaluated beside every live decision, off the request path: one thread and a short
 * queue; when the queue is full the shadow evaluation is dropped and counted, so the caller never waits for it. The
 * candidate's decision is compared with the live one and then discarded: never answered, never logged. Only a version
 * a reviewer approved runs here; a draft is refused before it is compiled.
 */
@Component
class ShadowMode {
    static final int QUEUE = 256;
    private final ActiveRuleSet ruleSets;
    private final DecisionPipeline pipeline;
    private final RiskModels risk;
    private final RuleSetSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AtomicReference<ShadowRun> current = new AtomicReference<>();
    private final ThreadPoolExecutor shadow = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), Thread.ofPlatform().name("shadow").daemon().factory());

    ShadowMode(ActiveRuleSet ruleSets, DecisionPipeline pipeline, RiskModels risk, RuleSetSettings settings,
               MeterRegistry meters, Clock clock) {
        this.ruleSets = ruleSets;
        this.pipeline = pipeline;
        this.risk = risk;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    ShadowView start(String candidateHash, String user) {
        if (candidateHash == null || candidateHash.isBlank()) {
            throw new InvalidSimulationRequest("candidate", "the hash of a stored rule-set version is required");
        }
        CompiledRuleSet candidate = ruleSets.reviewed(candidateHash, "candidate");
        current.set(new ShadowRun(candidate, user, OffsetDateTime.now(clock)));
        return view().orElseThrow();
    }

    void stop() {
        current.set(null);
    }

    Optional<ShadowView> view() {
        return Optional.ofNullable(current.get()).map(ShadowRun::view);
    }

    @EventListener
    void decisionMade(DecisionMade made) {
        ShadowRun run = current.get();
        if (run == null) {
            return;
        }
        try {
            shadow.execute(() -> evaluate(run, made));
        } catch (RejectedExecutionException e) {
            count(run, "dropped");
        }
    }

    private void evaluate(ShadowRun run, DecisionMade made) {
        try {
            Decision candidate = pipeline.decide(made.request(), run.candidate(), risk.assess(made.request()));
            Outcome live = Outcome.of(made.decision());
            Outcome shadowed = Outcome.of(candidate);
            var differences = live.differencesTo(shadowed, settings.timeZone());
            if (!differences.isEmpty()) {
                run.sample(new ShadowView.Sample(made.decision().decisionId(), made.decision().accountId(),
                        made.decision().asOf(), made.decision().ruleSet(), live, shadowed, differences));
            }
            count(run, differences.isEmpty() ? "same" : "different");
        } catch (RuntimeException | Error e) {
            count(run, "failed");
        }
    }

    private void count(ShadowRun run, String outcome) {
        run.count(outcome);
        meters.counter("dunning.shadow.decisions", "outcome", outcome).increment();
    }

    @PreDestroy
    void shutdown() {
        shadow.shutdownNow();
    }
}
