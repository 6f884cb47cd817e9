package dev.dunning.rules.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * What is owed. {@code currentBill} is the charge computed for the request's usage period (for checking or issuing),
 * empty when the request has no usage or no tariff prices it; {@code totalDue} is the outstanding principal of the
 * open bills plus their late fees.
 */
public record Charges(CurrentBill currentBill, List<LateFee> lateFees, BigDecimal totalDue) {
}
