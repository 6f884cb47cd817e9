package dev.dunning.service.batch;

/** No batch job with this id, or its files are not there yet. */
class BatchJobNotFound extends RuntimeException {
    BatchJobNotFound(String message) {
        super(message, null, false, false);
    }
}
