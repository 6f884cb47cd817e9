package dev.dunning.rules.contact;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The placeholders a template may use, each with how its value is written in a language. */
enum Placeholder {
    NAME("name", MessageValues::name),
    ACCOUNT_ID("accountId", MessageValues::accountId),
    AMOUNT("amount", MessageValues::amount, MessageLanguage::money),
    DEADLINE("deadline", MessageValues::deadline, MessageLanguage::date),
    WORKING_DAYS("workingDays", MessageValues::workingDays),
    VISIT_DATE("visitDate", MessageValues::visitDate, MessageLanguage::date),
    LATE_FEE_RATE("lateFeeRate", MessageValues::lateFeeRate, MessageLanguage::rate),
    PAYMENT_LINK("paymentLink", MessageValues::paymentLink),
    HOTLINE("hotline", MessageValues::hotline);

    private final String key;
    private final BiFunction<MessageValues, MessageLanguage, String> localized;

    <T> Placeholder(String key, Function<MessageValues, T> value, BiFunction<MessageLanguage, T, String> format) {
        this.key = key;
        this.localized = (values, language) -> {
            T v = value.apply(values);
            return v == null ? null : format.apply(language, v);
        };
    }

    Placeholder(String key, Function<MessageValues, Object> value) {
        this(key, value, (language, v) -> String.valueOf(v));
    }

    String key() {
        return key;
    }

    /** The value written in the language, or null when it was not given. */
    String write(MessageValues values, MessageLanguage language) {
        return localized.apply(values, language);
    }

    static Optional<Placeholder> named(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
