package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import java.util.List;

/**
 * Told of the decisions a group commit newly appends to the log (not retries answered with an entry logged before),
 * inside the transaction that appends them: what it writes commits with them, and a failure rolls the whole group
 * back, so that no caller is answered.
 */
public interface DecisionsLogged {
    void logged(List<Decision> decisions);
}
