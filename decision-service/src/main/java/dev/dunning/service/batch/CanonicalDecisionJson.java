package dev.dunning.service.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pack.Json;

/** A decision's canonical JSON outside the service: the contract's mapping with properties and map keys sorted. */
final class CanonicalDecisionJson {
    private static final ObjectMapper JSON = Json.json().copy()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private CanonicalDecisionJson() {
    }

    static String write(Decision decision) {
        try {
            return JSON.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write decision " + decision.decisionId() + " as JSON", e);
        }
    }
}
