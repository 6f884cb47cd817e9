package dev.dunning.service.decisions;

/** No decision has the id asked for. */
public class DecisionNotFound extends RuntimeException {
    DecisionNotFound(String decisionId) {
        super("No decision with id '" + decisionId + "'");
    }
}
