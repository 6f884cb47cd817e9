package dev.dunning.service.decisions;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored decisions. */
interface DecisionRecords extends JpaRepository<DecisionRecord, String> {
    Optional<DecisionRecord> findByRequestId(String requestId);
}
