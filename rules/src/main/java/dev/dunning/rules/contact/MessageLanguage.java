package dev.dunning.rules.contact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages templates are written in, each with its one format for money, dates and rates. */
enum MessageLanguage {
    ZH_CN("zh-CN", "yyyy年M月d日") {
        @Override
        String money(BigDecimal yuan) {
            return yuan.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元";
        }

        @Override
        String rate(BigDecimal dailyRate) {
            return plain(dailyRate.movePointRight(3)) + "‰";
        }
    },
    EN("en", "d MMMM yyyy") {
        @Override
        String money(BigDecimal yuan) {
            return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                    .format(yuan.setScale(2, RoundingMode.HALF_UP)) + " yuan";
        }

        @Override
        String rate(BigDecimal dailyRate) {
            return plain(dailyRate.movePointRight(2)) + "%";
        }
    };

    private final String tag;
    private final DateTimeFormatter dates;

    MessageLanguage(String tag, String datePattern) {
        this.tag = tag;
        this.dates = DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(tag));
    }

    abstract String money(BigDecimal yuan);

    abstract String rate(BigDecimal dailyRate);

    String date(LocalDate date) {
        return dates.format(date);
    }

    String tag() {
        return tag;
    }

    static Optional<MessageLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }

    /** zh-CN for any Chinese locale, en for any English one. */
    static MessageLanguage of(Locale locale) {
        return Arrays.stream(values())
                .filter(l -> l.tag.startsWith(locale.getLanguage()) && !locale.getLanguage().isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No message language for " + locale.toLanguageTag() + ": templates are written in zh-CN and en"));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
