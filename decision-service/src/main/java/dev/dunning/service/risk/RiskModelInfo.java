package dev.dunning.service.risk;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} names the risk-model version that scores decisions ("none" when scoring is off). */
@Component
class RiskModelInfo implements InfoContributor {
    private final RiskModels models;

    RiskModelInfo(RiskModels models) {
        this.models = models;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("riskModel", Map.of("version", models.versionInUse().orElse("none")));
    }
}
