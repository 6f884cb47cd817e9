package dev.dunning.service.batch;

/** A batch job that cannot be started or resumed as asked, naming the part at fault (answered 400). */
class InvalidBatchJob extends RuntimeException {
    private final String field;

    InvalidBatchJob(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
