package dev.dunning.service.simulation;

import java.time.ZoneId;

/**
 * How a simulation runs: the zone whose days are compared (the rules' zone), the threads deciding, and how many
 * changed decisions the report shows in full.
 */
public record SimulationSettings(ZoneId zone, int threads, int sampleSize) {

    public static SimulationSettings of(ZoneId zone) {
        return new SimulationSettings(zone, Runtime.getRuntime().availableProcessors(), 50);
    }
}
