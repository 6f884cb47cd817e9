package dev.dunning.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.ContactRecord;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one JSON form of what the log stores: the service's JSON with properties and map keys sorted, so that the
 * same value always gives the same text and the same hash.
 */
@Component
public class CanonicalJson {
    private final ObjectMapper json;

    CanonicalJson(ObjectMapper service) {
        this.json = service.copy().configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false);
    }

    /** The same form without the service, from the contract's mapping (the command-line batch). */
    public static CanonicalJson standalone() {
        return new CanonicalJson(Json.json());
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The canonical JSON of {@code new DecisionContent(decision, ledgerContacts, request)}, from the canonical JSON of
     * the decision and the request, already written (the request for its fingerprint, the decision for the answer),
     * so that neither is written twice.
     */
    String decisionContent(String decisionJson, List<ContactRecord> ledgerContacts, String requestJson) {
        String ledger = ledgerContacts.isEmpty() ? "" : ",\"ledgerContacts\":" + write(ledgerContacts);
        return "{\"decision\":" + decisionJson + ledger + ",\"request\":" + requestJson + "}";
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A log entry does not hold a " + type.getSimpleName(), e);
        }
    }

    JsonNode toTree(Object value) {
        return json.valueToTree(value);
    }
}
