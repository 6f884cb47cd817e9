package dev.dunning.service.risk;

import dev.dunning.models.RiskFactor;
import dev.dunning.models.RiskModel;
import dev.dunning.models.RiskScore;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.request.DecisionRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scores households with the risk model in use, and with the version an earlier decision named when it is replayed.
 * The score becomes a fact the rules read: probability and attributions rounded to four decimals, so that a decision
 * and its replay compare exactly.
 */
@Component
public class RiskModels {
    private static final Logger LOG = LoggerFactory.getLogger(RiskModels.class);
    private static final int SCALE = 4;
    /** What {@code ./dunning model train} names artifacts: kind and the first 12 hex digits of their SHA-256. */
    private static final Pattern VERSION = Pattern.compile("risk-[a-z]+-[0-9a-f]{12}");
    private final RiskSettings settings;
    private final RiskModel inUse;
    private final Map<String, RiskModel> loaded = new ConcurrentHashMap<>();
    private final Timer scoring;

    /** The shipped model without the service (command-line batch and simulation); its metrics go nowhere. */
    public static RiskModels standalone() {
        return new RiskModels(new RiskSettings(true, null, Path.of("models", "artifacts")), new SimpleMeterRegistry());
    }

    public RiskModels(RiskSettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.inUse = settings.enabled() ? load(settings) : null;
        this.scoring = meters.timer("dunning.risk.scoring");
        if (inUse != null) {
            loaded.put(inUse.version(), inUse);
            LOG.info("Risk model {} scores decisions", inUse.version());
        }
    }

    /** The version of the model scoring decisions now; empty when scoring is switched off. */
    public Optional<String> versionInUse() {
        return Optional.ofNullable(inUse).map(RiskModel::version);
    }

    /** The household's score by the model in use; {@code null} when scoring is switched off. */
    public RiskAssessment assess(DecisionRequest request) {
        return inUse == null ? null : scoring.record(() -> assessment(inUse, request));
    }

    /** The household's score by the model version an earlier decision named ({@code null}: it was not scored). */
    public RiskAssessment assess(DecisionRequest request, String version) {
        return version == null ? null : assessment(model(version), request);
    }

    private RiskModel model(String version) {
        return loaded.computeIfAbsent(version, v -> {
            Path artifact = settings.artifacts().resolve(v + ".model");
            if (!VERSION.matcher(v).matches() || !Files.isRegularFile(artifact)) {
                throw new ModelVersionUnavailable(v, settings.artifacts().toAbsolutePath().toString());
            }
            return RiskModel.load(artifact);
        });
    }

    private static RiskModel load(RiskSettings settings) {
        return settings.artifact() == null ? RiskModel.shipped() : RiskModel.load(settings.artifact());
    }

    private static RiskAssessment assessment(RiskModel model, DecisionRequest request) {
        RiskScore score = model.score(request);
        return new RiskAssessment(model.version(), rounded(score.probability()),
                score.topFactors().stream().map(RiskModels::factor).toList());
    }

    private static dev.dunning.rules.decision.RiskFactor factor(RiskFactor factor) {
        return new dev.dunning.rules.decision.RiskFactor(factor.feature(), rounded(factor.value()),
                rounded(factor.contribution()));
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
