package dev.dunning.service.simulation;

/** A simulation or shadow request that cannot be run: the part named by {@code field} says why. */
public class InvalidSimulationRequest extends RuntimeException {
    private final String field;

    InvalidSimulationRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
