package dev.dunning.service.risk;

/** A decision names a risk-model version this instance cannot load. */
public class ModelVersionUnavailable extends RuntimeException {
    public ModelVersionUnavailable(String version, String where) {
        super("Risk model version " + version + " is not available here: it is neither the model in use nor an artifact in "
                + where);
    }
}
