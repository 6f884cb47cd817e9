package dev.dunning.rules.diff;

import java.util.List;

/**
 * A policy parameter that was added, removed or changed, matched by its name and region.
 *
 * @param name          the parameter's name, such as {@code lateFee.dailyRate.heating}
 * @param region        the region it is scoped to; {@code null} for everywhere
 * @param change        whether the parameter was added, removed or changed
 * @param before        the parameter in the older rule set; {@code null} for an added one
 * @param after         the parameter in the newer rule set; {@code null} for a removed one
 * @param changedFields for a changed parameter, which of {@code value}, {@code source}, {@code grade}, {@code note}
 *                      and {@code file} differ (values compare as numbers: 0.30 equals 0.3); empty otherwise
 */
public record ParameterChange(String name, String region, Change change, ParameterSetting before,
        ParameterSetting after, List<String> changedFields) {

    public ParameterChange {
        changedFields = List.copyOf(changedFields);
    }
}
