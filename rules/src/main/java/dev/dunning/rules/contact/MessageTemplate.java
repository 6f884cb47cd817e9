package dev.dunning.rules.contact;

import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.EscalationStep;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message of one escalation step for one customer type in one tone, in each language (by tag: zh-CN, en), with
 * the policy it follows. Texts hold placeholders such as {@code {amount}}.
 */
public record MessageTemplate(String id, EscalationStep step, CustomerType customerType, Tone tone, String source,
                              Map<String, String> texts) {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public MessageTemplate {
        texts = Map.copyOf(texts);
    }

    /** The text in the locale's language with every placeholder filled, or {@link MessageValueMissing}. */
    public String render(Locale locale, MessageValues values) {
        MessageLanguage language = MessageLanguage.of(locale);
        Matcher matcher = PLACEHOLDER.matcher(texts.get(language.tag()));
        return matcher.replaceAll(match -> Matcher.quoteReplacement(value(match.group(1), values, language)));
    }

    private String value(String key, MessageValues values, MessageLanguage language) {
        Placeholder placeholder = Placeholder.named(key)
                .orElseThrow(() -> new IllegalArgumentException("Template " + id + " uses an unknown {" + key + "}"));
        String value = placeholder.write(values, language);
        if (value == null || value.isBlank()) {
            throw new MessageValueMissing(id, key);
        }
        return value;
    }
}
