package dev.dunning.service.simulation;

/** No simulation with this id (the service keeps the latest ones), or it has no report yet. */
public class SimulationNotFound extends RuntimeException {
    SimulationNotFound(String message) {
        super(message);
    }
}
