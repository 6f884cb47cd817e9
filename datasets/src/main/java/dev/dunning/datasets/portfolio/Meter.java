package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.Usage;
import java.time.LocalDate;
import java.util.List;

/** How a household's supply is measured and billed: its bills issued by a day, and the usage of the newest one. */
sealed interface Meter permits MonthlyMeter, HeatingMeter {

    /** Bills issued on or before {@code today}, oldest first: at least those of the history, and always one. */
    List<Bill> bills(LocalDate today, LocalDate historyStart);

    /** The usage of the newest of {@code bills}: the period the decision bills. */
    Usage usage(List<Bill> bills);

    static Meter of(Household household, Draw draw) {
        return switch (household.utility()) {
            case HEATING -> HeatingMeter.draw(household, draw);
            default -> MonthlyMeter.draw(household, draw);
        };
    }
}
