package dev.dunning.rules.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The moment a decision is made for, and its local date in the service's time zone. */
public record AsOf(OffsetDateTime instant, LocalDate date) {
}
