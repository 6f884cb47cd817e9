package dev.dunning.models;

/** A file or resource that cannot be used as a risk model, with the reason. */
public class InvalidRiskModel extends RuntimeException {
    public InvalidRiskModel(String reason) {
        super(reason);
    }

    public InvalidRiskModel(String reason, Throwable cause) {
        super(reason, cause);
    }
}
