package dev.dunning.service.rulesets;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The history of every rule-set version, oldest first. */
interface RuleSetEvents extends JpaRepository<RuleSetEvent, Long> {

    List<RuleSetEvent> findByVersionHashOrderByHappenedAtAscIdAsc(String versionHash);
}
