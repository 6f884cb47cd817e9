package dev.dunning.service.rulesets;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the default policy pack comes from and the time zone decisions are dated in. */
@ConfigurationProperties("dunning.rules")
public record RuleSetSettings(@DefaultValue("classpath*:policy/**/*") String defaultPack,
                              @DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
