package dev.dunning.service.batch;

/** No batch job with this id, or its files are not there yet. */
public class BatchJobNotFound extends RuntimeException {
    public BatchJobNotFound(String message) {
        super(message, null, false, false);
    }
}
