package dev.dunning.service.decisions;

import dev.dunning.rules.request.RequestValidator;
import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One set of request bounds wherever a request enters the service: the Bean Validation of {@code @Valid} bodies and
 * the {@link RequestValidator} of batch items and CSV jobs both check the contract's bounds with the configured
 * {@link RequestSettings} and the service's clock.
 */
@Configuration(proxyBeanMethods = false)
class RequestValidation {

    @Bean
    ValidationConfigurationCustomizer requestHorizon(RequestSettings settings, Clock clock) {
        return configuration -> {
            RequestValidator.configure(configuration, settings.horizon());
            configuration.clockProvider(() -> clock);
        };
    }

    @Bean
    RequestValidator requestValidator(RequestSettings settings, Clock clock) {
        return RequestValidator.of(settings.horizon(), clock);
    }
}
