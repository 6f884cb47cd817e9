package dev.dunning.rules.contact;

import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.EscalationStep;
import java.util.List;
import java.util.Optional;

/** The message templates of a rule set: at most one per step, customer type and tone. */
public record MessageTemplates(List<MessageTemplate> all) {
    public static final MessageTemplates NONE = new MessageTemplates(List.of());

    public MessageTemplates {
        all = List.copyOf(all);
    }

    public Optional<MessageTemplate> find(EscalationStep step, CustomerType customerType, Tone tone) {
        return all.stream()
                .filter(t -> t.step() == step && t.customerType() == customerType && t.tone() == tone)
                .findFirst();
    }

    public Optional<MessageTemplate> byId(String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
