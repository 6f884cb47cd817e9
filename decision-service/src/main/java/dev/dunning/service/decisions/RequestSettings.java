package dev.dunning.service.decisions;

import dev.dunning.rules.request.RequestHorizon;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far the dates of the requests the service decides and logs may lie ({@code dunning.requests}); every other bound
 * of a request is fixed by the contract ({@link dev.dunning.rules.request.Bounds}).
 *
 * @param asOfBeforeNow   how long before today an {@code asOf} may lie (a late run of an old period)
 * @param asOfAfterNow    how long after today (a decision prepared ahead of a billing period)
 * @param datesBeforeAsOf how long before {@code asOf} a date of the request may lie (old bills and history)
 * @param datesAfterAsOf  how long after {@code asOf} (usage periods, payment-plan instalments)
 */
@ConfigurationProperties("dunning.requests")
public record RequestSettings(@DefaultValue("P10Y") Period asOfBeforeNow, @DefaultValue("P1Y") Period asOfAfterNow,
                              @DefaultValue("P50Y") Period datesBeforeAsOf, @DefaultValue("P10Y") Period datesAfterAsOf) {

    public RequestHorizon horizon() {
        return new RequestHorizon(datesBeforeAsOf, datesAfterAsOf, asOfBeforeNow, asOfAfterNow);
    }
}
