package dev.dunning.service.batch;

/** A batch run that must not start: it would overwrite an earlier run's output, or cannot resume. */
public class BatchRefused extends RuntimeException {
    BatchRefused(String message) {
        super(message);
    }
}
