package dev.dunning.service.risk;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which risk model scores decisions.
 *
 * @param enabled   false: decisions are made without a score ({@code risk} and {@code model} empty)
 * @param artifact  a model artifact written by {@code ./dunning model train}; empty: the one shipped with the service
 * @param artifacts where earlier artifacts are kept, so that a decision is replayed with the model version that made it
 */
@ConfigurationProperties("dunning.risk")
public record RiskSettings(@DefaultValue("true") boolean enabled, Path artifact,
                           @DefaultValue("models/artifacts") Path artifacts) {
}
