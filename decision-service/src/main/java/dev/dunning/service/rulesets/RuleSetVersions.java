package dev.dunning.service.rulesets;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored rule-set versions, by hash. */
interface RuleSetVersions extends JpaRepository<RuleSetVersion, String> {

    List<RuleSetVersion> findByStatus(RuleSetStatus status);

    List<RuleSetVersion> findAllByOrderByCreatedAtDesc();
}
