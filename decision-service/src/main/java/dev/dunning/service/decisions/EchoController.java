package dev.dunning.service.decisions;

import dev.dunning.rules.request.DecisionRequest;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For benchmarks only ({@code dunning.benchmark.echo-endpoint=true}, off by default): reads a decision request as
 * {@code POST /api/v1/decisions} does (same JSON binding, validation and security) and writes it back, deciding
 * nothing. The REST load run compares the decision endpoint with it to see what deciding costs over HTTP.
 */
@RestController
@Hidden
@ConditionalOnProperty(name = EchoController.PROPERTY, havingValue = "true")
class EchoController {
    static final String PROPERTY = "dunning.benchmark.echo-endpoint";

    @PostMapping("/api/v1/echo")
    DecisionRequest echo(@Valid @RequestBody DecisionRequest request) {
        return request;
    }
}
