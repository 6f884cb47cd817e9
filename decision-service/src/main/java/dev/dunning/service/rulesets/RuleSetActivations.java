package dev.dunning.service.rulesets;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every activation, in the order they take effect (ties: the later activation wins). */
interface RuleSetActivations extends JpaRepository<RuleSetActivation, Long> {

    List<RuleSetActivation> findAllByOrderByEffectiveFromAscIdAsc();

    Optional<RuleSetActivation> findTopByOrderByIdDesc();
}
