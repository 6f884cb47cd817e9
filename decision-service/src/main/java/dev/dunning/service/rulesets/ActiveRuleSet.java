package dev.dunning.service.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.scenarios.VerificationBusy;
import dev.dunning.rules.scenarios.VerificationPool;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule sets decisions are made with: every activated version, compiled once and cached by hash, in a schedule of
 * when each takes effect. A decision uses the version effective at its {@code asOf}. New activations (made here or
 * by another instance on the same database) are compiled off the request path and swapped in atomically. Every compile
 * runs on the checking pool, within its size limits.
 */
@Component
public class ActiveRuleSet {
    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSet.class);
    /** Stored statuses a reviewer's approval led to (RETIRED is an ACTIVE one no longer in force). */
    private static final Set<RuleSetStatus> REVIEWED = EnumSet.of(RuleSetStatus.APPROVED, RuleSetStatus.ACTIVE);
    private final VerificationPool compiler;
    private final RuleSetVersions versions;
    private final RuleSetActivations activations;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Map<String, CompiledRuleSet> compiled = new ConcurrentHashMap<>();
    private final AtomicReference<Schedule> schedule = new AtomicReference<>();

    ActiveRuleSet(VerificationPool compiler, RuleSetVersions versions, RuleSetActivations activations,
                  DefaultPackImport defaultPack, PlatformTransactionManager transactions, Clock clock)
            throws JsonProcessingException {
        this.compiler = compiler;
        this.versions = versions;
        this.activations = activations;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        defaultPack.intoEmptyStore();
        refresh();
    }

    /** The version effective at {@code asOf}. */
    public CompiledRuleSet effectiveAt(OffsetDateTime asOf) {
        return schedule.get().effectiveAt(asOf.toInstant());
    }

    /** The version effective now. */
    public CompiledRuleSet current() {
        return schedule.get().effectiveAt(clock.instant());
    }

    /** The version with content hash {@code hash}, compiled (once) whether or not it is in force: for replaying. */
    public CompiledRuleSet version(String hash) {
        CompiledRuleSet cached = compiled.get(hash);
        return cached != null ? cached : compile(readOnly.execute(status -> source(hash)));
    }

    /**
     * The version with content hash {@code hash}, compiled, if a reviewer approved it (APPROVED, ACTIVE or RETIRED):
     * the only versions that may run beside live traffic or in the service's simulations. Any other is refused,
     * before it is compiled, naming {@code field}; an unknown hash is not found.
     */
    public CompiledRuleSet reviewed(String hash, String field) {
        RuleSetStatus stored = readOnly.execute(status -> versions.findById(hash).map(RuleSetVersion::status))
                .orElseThrow(() -> new RuleSetNotFound(hash));
        if (!REVIEWED.contains(stored)) {
            throw new RuleSetNotApproved(field, hash, statusNow(hash, stored));
        }
        return version(hash);
    }

    /**
     * The lifecycle status as of now: an activated version that no longer decides, now or later, is RETIRED (a later
     * activation took effect); re-activating it brings it back.
     */
    public RuleSetStatus statusNow(String hash, RuleSetStatus stored) {
        boolean retired = stored == RuleSetStatus.ACTIVE && !schedule.get().inForceOrScheduled(hash, clock.instant());
        return retired ? RuleSetStatus.RETIRED : stored;
    }

    /** The hashes of the versions compiled here: every activated one, and every approved one waiting for activation. */
    public Set<String> compiledHashes() {
        return Set.copyOf(compiled.keySet());
    }

    /**
     * Picks up activations made since the last look, here or on another instance, and compiles approved versions in
     * the background, so that activating one later only swaps it in.
     */
    @Scheduled(fixedDelayString = "${dunning.rules.refresh-interval:1s}", initialDelayString = "${dunning.rules.refresh-interval:1s}")
    void refreshIfChanged() {
        precompileApproved();
        long latest = activations.findTopByOrderByIdDesc().map(RuleSetActivation::id).orElse(0L);
        if (latest != schedule.get().lastActivationId()) {
            try {
                refresh();
            } catch (RuntimeException e) {
                log.error("Kept the current rule sets: the new activations could not be loaded: {}", e.getMessage());
            }
        }
    }

    private void precompileApproved() {
        List<RuleSetSource> waiting = readOnly.execute(status -> versions.findByStatus(RuleSetStatus.APPROVED).stream()
                .filter(v -> !compiled.containsKey(v.hash())).map(RuleSetVersion::source).toList());
        for (RuleSetSource source : waiting) {
            try {
                compile(source);
            } catch (VerificationBusy e) {
                log.info("Approved rule set {} waits to be compiled: {}", source.hash(), e.getMessage());
            } catch (RuntimeException e) {
                log.error("Approved rule set {} does not compile with this service: {}", source.hash(), e.getMessage());
            }
        }
    }

    /** Reads every activation, compiles the versions not yet compiled, and swaps the new schedule in. */
    synchronized void refresh() {
        record Activated(RuleSetActivation activation, RuleSetSource source) {
        }
        List<Activated> activated = readOnly.execute(status -> activations.findAllByOrderByEffectiveFromAscIdAsc().stream()
                .map(a -> new Activated(a, compiled.containsKey(a.versionHash()) ? null : source(a.versionHash())))
                .toList());
        List<Schedule.Entry> entries = new ArrayList<>();
        long lastId = 0;
        for (Activated a : activated) {
            CompiledRuleSet ruleSet = a.source() == null ? compiled.get(a.activation().versionHash()) : compile(a.source());
            entries.add(new Schedule.Entry(a.activation().effectiveFrom(), ruleSet));
            lastId = Math.max(lastId, a.activation().id());
        }
        schedule.set(new Schedule(entries, lastId));
        CompiledRuleSet now = current();
        log.info("Rule sets scheduled: {} activation(s); serving {} ({}) now", entries.size(), now.source().version(), now.hash());
    }

    /** Compiles a version (or returns it from the cache); a version that does not compile is an error. */
    CompiledRuleSet compile(RuleSetSource source) {
        return compiled.computeIfAbsent(source.hash(), hash -> {
            long started = System.nanoTime();
            CompilationResult result = compiler.compile(source);
            CompiledRuleSet ruleSet = result.orThrow();
            log.info("Rule set {} ({}) compiled from {} files in {} ms", source.version(), hash, source.files().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return ruleSet;
        });
    }

    private RuleSetSource source(String hash) {
        return versions.findById(hash).orElseThrow(() -> new RuleSetNotFound(hash)).source();
    }
}
