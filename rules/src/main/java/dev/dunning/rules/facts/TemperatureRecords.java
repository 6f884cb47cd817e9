package dev.dunning.rules.facts;

import dev.dunning.rules.request.RoomTemperature;
import java.util.List;
import java.util.stream.Collectors;

/** Sums and describes a band of room-temperature records, for the refund lines of under-heated days. */
public final class TemperatureRecords {
    private TemperatureRecords() {
    }

    /** All the days the records cover. */
    public static long days(List<?> records) {
        return records.stream().map(RoomTemperature.class::cast).mapToLong(RoomTemperature::days).sum();
    }

    /** The records' periods for a bill line: {@code 2026-12-01..2026-12-07 at 17.0 ℃, 2027-01-10..2027-01-10}. */
    public static String periods(List<?> records) {
        return records.stream().map(RoomTemperature.class::cast).map(r -> r.from() + ".." + r.to()
                + (r.celsius() != null && !r.isOutage() ? " at " + r.celsius() + " ℃" : ""))
                .collect(Collectors.joining(", "));
    }
}
