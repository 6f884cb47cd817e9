package dev.dunning.service.rulesets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The size of a policy upload as sent ({@code dunning.limits.policy-upload}, a zip compressed); the files in it are
 * bounded by the rule set's own limits ({@code dunning.rules.limits.verification}) while they are read.
 */
@ConfigurationProperties("dunning.limits")
public record PolicyUploadLimits(@DefaultValue("5MB") DataSize policyUpload) {
}
