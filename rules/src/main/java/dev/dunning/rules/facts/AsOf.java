package dev.dunning.rules.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The moment a decision is made for, the service's time zone, and the local date of that moment there. */
public record AsOf(OffsetDateTime instant, ZoneId zone, LocalDate date) {

    public static AsOf of(OffsetDateTime instant, ZoneId zone) {
        return new AsOf(instant, zone, localDate(instant, zone));
    }

    /** The local date of any moment in the same zone, so that days between dates are counted alike. */
    public static LocalDate localDate(OffsetDateTime moment, ZoneId zone) {
        return moment.atZoneSameInstant(zone).toLocalDate();
    }
}
