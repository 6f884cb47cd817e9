package dev.dunning.models;

import dev.dunning.models.artifact.ArtifactFormat;
import dev.dunning.models.artifact.ArtifactStore;
import dev.dunning.models.artifact.RiskArtifact;
import dev.dunning.models.features.RiskFeatures;
import dev.dunning.models.scoring.Explainer;
import dev.dunning.models.training.TrainingReport;
import dev.dunning.rules.request.DecisionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The trained risk model: probability of default from an account's payment history, calibrated (0.3 means that about
 * 30% of such accounts default), with the features that moved it most. Immutable and thread-safe.
 */
public final class RiskModel {
    /** The shipped artifacts' folder on the class path, and the file in it that names the shipped one. */
    static final String SHIPPED_FOLDER = "/dev/dunning/models/artifacts/";
    static final String CURRENT = ArtifactStore.CURRENT;
    private static final int TOP_FACTORS = 3;
    private static RiskModel shipped;

    private final String version;
    private final RiskArtifact artifact;
    private final Explainer explainer;

    private RiskModel(String version, RiskArtifact artifact) {
        this.version = version;
        this.artifact = artifact;
        this.explainer = artifact.scorer().explainer();
    }

    /** The artifact packaged in this jar (named by {@code artifacts/CURRENT}), read once. */
    public static synchronized RiskModel shipped() {
        if (shipped == null) {
            String name = new String(resource(CURRENT), StandardCharsets.UTF_8).strip();
            shipped = of(resource(name));
        }
        return shipped;
    }

    public static RiskModel load(Path artifact) {
        try {
            return of(Files.readAllBytes(artifact));
        } catch (IOException e) {
            throw new InvalidRiskModel("Cannot read the risk model " + artifact + ": " + e.getMessage(), e);
        } catch (InvalidRiskModel e) {
            throw new InvalidRiskModel("Not a usable risk model: " + artifact + ": " + e.getMessage(), e);
        }
    }

    static RiskModel of(byte[] bytes) {
        RiskArtifact artifact = ArtifactFormat.read(bytes);
        if (!artifact.featureNames().equals(RiskFeatures.names())) {
            throw new InvalidRiskModel("it was trained on other features: " + artifact.featureNames());
        }
        return new RiskModel(ArtifactFormat.version(artifact.scorer().kind(), bytes), artifact);
    }

    /** The artifact's name stem, e.g. {@code risk-gbm-3f2a9c01be77}; decisions record it. */
    public String version() {
        return version;
    }

    public double probability(DecisionRequest request) {
        return probability(AccountHistory.of(request));
    }

    public double probability(AccountHistory history) {
        return artifact.probability(features(history));
    }

    /** The probability with the {@value #TOP_FACTORS} features of largest contribution (either sign). */
    public RiskScore score(DecisionRequest request) {
        double[] features = features(AccountHistory.of(request));
        double[] contributions = explainer.contributions(features);
        List<RiskFactor> top = IntStream.range(0, features.length).boxed()
                .sorted(Comparator.comparingDouble(i -> -Math.abs(contributions[i])))
                .limit(TOP_FACTORS)
                .map(i -> new RiskFactor(artifact.featureNames().get(i), features[i], contributions[i]))
                .toList();
        return new RiskScore(artifact.probability(features), top);
    }

    public TrainingReport report() {
        return artifact.report();
    }

    private double[] features(AccountHistory history) {
        return artifact.imputation().apply(RiskFeatures.of(history));
    }

    private static byte[] resource(String name) {
        try (InputStream in = RiskModel.class.getResourceAsStream(SHIPPED_FOLDER + name)) {
            if (in == null) {
                throw new InvalidRiskModel("No shipped risk model: " + SHIPPED_FOLDER + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidRiskModel("Cannot read the shipped risk model " + name, e);
        }
    }
}
