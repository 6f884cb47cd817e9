package dev.dunning.rules.diff;

import java.math.BigDecimal;

/**
 * A policy parameter as one rule set declares it.
 *
 * @param file   the parameters file declaring it
 * @param value  its value; {@code null} when the pack leaves it unset
 * @param source where the number comes from
 * @param grade  the certainty grade (A, B or C)
 * @param note   what to do with it
 */
public record ParameterSetting(String file, BigDecimal value, String source, String grade, String note) {
}
