package dev.dunning.service.decisions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The README's example request as the example of {@code DecisionRequest} in the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class DecisionApiDocumentation {
    private static final String EXAMPLE = "/examples/heating-beijing.json";

    @Bean
    OpenApiCustomizer decisionRequestExample(ObjectMapper json) {
        Object example = read(json);
        return openApi -> {
            var schema = openApi.getComponents().getSchemas().get("DecisionRequest");
            if (schema != null) {
                schema.setExample(example);
            }
        };
    }

    private static Object read(ObjectMapper json) {
        try (InputStream in = DecisionApiDocumentation.class.getResourceAsStream(EXAMPLE)) {
            return in == null ? null : json.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + EXAMPLE, e);
        }
    }
}
