package dev.dunning.benchmarks;

import dev.dunning.models.RiskModel;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.facts.AsOf;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.facts.DunningState;
import dev.dunning.rules.pipeline.EscalationLadder;
import dev.dunning.rules.pipeline.EvaluationGuard;
import dev.dunning.rules.pipeline.EvaluationLimits;
import dev.dunning.rules.pipeline.Facts;
import dev.dunning.rules.request.DecisionRequest;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;
import org.kie.dmn.api.core.DMNResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The in-process decision pipeline and its parts, on one compiled rule set (the default pack, shared by all threads
 * as in the service) and the example request of DESIGN.md: the full decision as the service makes it (risk score,
 * then the pipeline), the DRL pass alone, the two DMN tables alone (escalation ladder, contact channels), the risk
 * score alone, and the full decision on two threads. {@link InProcessRatios} runs them and prints the ratios; a setup
 * check fails the trial when a benchmark would not time a real decision.
 */
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@State(Scope.Benchmark)
public class PipelineBenchmark {
    /** The service's zone ({@code application.yml}), as in the scenario tests. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The pack's DMN model of the contact planner ({@code ContactChannels.MODEL}, package-private in rules). */
    private static final String CONTACT_CHANNELS = "Contact channels";

    private CompiledRuleSet ruleSet;
    private DecisionRequest request;
    private AsOf asOf;
    private Map<String, Object> ladderInputs;
    private Map<String, Object> channelInputs;
    private DecisionPipeline pipeline;
    private RiskModel model;
    private RiskAssessment risk;

    @Setup(Level.Trial)
    public void compileAndCheck() {
        ruleSet = new RuleSetCompiler().compile(PolicyPack.fromDirectory(PolicyDirectory.resolve())).orThrow();
        request = ExampleRequest.read();
        asOf = AsOf.of(request.asOf(), ZONE);
        ladderInputs = DunningState.of(request, asOf).asDecisionInputs();
        pipeline = new DecisionPipeline(ZONE);
        model = RiskModel.shipped();
        risk = RiskScoring.assess(model, request);
        Decision decision = decide();
        channelInputs = channelInputs(decision, DunningState.of(request, asOf));
        List<MatchedRow> dmnRows = new ArrayList<>();
        System.out.println(SetupCheck.verify(decision, fireDrl(), evaluateTables(dmnRows), dmnRows));
    }

    @Benchmark
    public void fullDecision(Blackhole blackhole) {
        blackhole.consume(decide());
    }

    @Benchmark
    @Threads(2)
    public void fullDecisionTwoThreads(Blackhole blackhole) {
        blackhole.consume(decide());
    }

    @Benchmark
    public void drlOnly(Blackhole blackhole) {
        blackhole.consume(fireDrl());
    }

    @Benchmark
    public void dmnOnly(Blackhole blackhole) {
        blackhole.consume(evaluateTables(new ArrayList<>()));
    }

    @Benchmark
    public void riskScoreOnly(Blackhole blackhole) {
        blackhole.consume(RiskScoring.assess(model, request));
    }

    Decision decide() {
        return pipeline.decide(request, ruleSet, RiskScoring.assess(model, request));
    }

    /**
     * The pipeline's first DRL pass: a new session, the request's facts, its dunning state and the risk score (scored
     * once, in setup), fire within the pipeline's default limits, dispose. Returns the rules fired.
     */
    int fireDrl() {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            Facts.insert(session, request, asOf, ruleSet.parameters());
            session.insert(DunningState.of(request, asOf));
            session.insert(risk);
            return EvaluationGuard.start(EvaluationLimits.DEFAULTS, ruleSet.ref()).fire(session);
        } finally {
            session.dispose();
        }
    }

    /** The pipeline's two DMN evaluations: the escalation ladder, then the contact channels of the step. */
    List<DMNResult> evaluateTables(List<MatchedRow> rows) {
        return List.of(ruleSet.decisionTables().evaluate(EscalationLadder.MODEL, ladderInputs, rows),
                ruleSet.decisionTables().evaluate(CONTACT_CHANNELS, channelInputs, rows));
    }

    /** The inputs the pipeline's contact planner gives the channel table for this decision. */
    private static Map<String, Object> channelInputs(Decision decision, DunningState state) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("step", decision.escalation().step().name());
        inputs.put("riskBand", decision.risk().band() == null ? null : decision.risk().band().name());
        inputs.put("customerType", state.customerType());
        inputs.put("openedReminders", BigDecimal.valueOf(state.openedReminders()));
        return inputs;
    }
}
