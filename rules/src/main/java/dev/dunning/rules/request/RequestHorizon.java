package dev.dunning.rules.request;

import java.time.Period;
import java.util.Objects;

/**
 * How far the dates of a request may lie from its {@code asOf}, and how far {@code asOf} may lie from now. The
 * second is the service's choice for the requests it decides and logs ({@code null}: not checked, as for scenario
 * files, which keep their dates for years, and portfolio files read outside the service).
 */
public record RequestHorizon(Period datesBeforeAsOf, Period datesAfterAsOf, Period asOfBeforeNow, Period asOfAfterNow) {
    /** Dates at most 50 years before {@code asOf} and 10 after it; {@code asOf} itself unchecked against now. */
    public static final RequestHorizon DEFAULT = new RequestHorizon(Period.ofYears(50), Period.ofYears(10), null, null);

    public RequestHorizon {
        Objects.requireNonNull(datesBeforeAsOf, "datesBeforeAsOf");
        Objects.requireNonNull(datesAfterAsOf, "datesAfterAsOf");
    }

    /** This horizon with {@code asOf} checked against now: at most {@code before} earlier and {@code after} later. */
    public RequestHorizon withAsOfAroundNow(Period before, Period after) {
        return new RequestHorizon(datesBeforeAsOf, datesAfterAsOf, before, after);
    }
}
