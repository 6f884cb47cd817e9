package dev.dunning.service.audit;

import dev.dunning.rules.decision.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The customer-facing words of one language, from its resource bundle. Every argument is a string formatted here
 * (money with two decimals, dates by the bundle's pattern), so MessageFormat never formats a number itself.
 */
final class Wording {
    private static final String BUNDLE = "explanations/explanation";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;

    Wording(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale);
    }

    String text(String key, String... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key (e.g. a code it does not know). */
    String textOr(String key, String fallback, String... args) {
        return bundle.containsKey(key) ? text(key, args) : fallback;
    }

    String money(BigDecimal yuan) {
        return text("money", Money.round(yuan).toPlainString());
    }

    /** A unit price: at least two decimals, more when it has them (e.g. a daily fee of 0.1983). */
    String price(BigDecimal yuan) {
        int scale = Math.max(2, yuan.stripTrailingZeros().scale());
        return text("money", yuan.setScale(scale, RoundingMode.HALF_UP).toPlainString());
    }

    String date(LocalDate date) {
        return date.format(dates);
    }

    String days(long days) {
        return text(days == 1 ? "days.one" : "days.other", Long.toString(days));
    }

    String unit(String unit) {
        return unit == null ? "" : textOr("unit." + unit, unit);
    }

    /** Sentences joined as the language joins them (a space in English, nothing in Chinese). */
    String sentences(List<String> sentences) {
        return String.join(text("sentence.separator"), sentences);
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
