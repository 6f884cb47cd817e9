package dev.dunning.service.audit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks Chinese phone numbers in any text, in every form people write them: mobile ({@code 13800138000},
 * {@code 138 0013 8000}, {@code 138-0013-8000}), with the country code ({@code +86 138 0013 8000},
 * {@code +8613800138000}, {@code 0086-138-0013-8000}, {@code (+86) 10 6512 3456}) and landline with its area code
 * ({@code 010-65123456}, {@code (010) 6512-3456}, {@code 0531 8888 1234}), with full-width digits and separators
 * ({@code １３８－００１３－８０００}) too. The country code, the area code (a city, not a person) or a mobile number's
 * first three digits and the last four digits stay; every digit between them becomes {@code *}, in place, so the text
 * keeps its length and its separators ({@code +86 138 **** 8000}, {@code (010) ****-3456}).
 * <p>
 * Service hotlines ({@code 400-000-0000}, {@code 800-...}) and short numbers ({@code 95598}) are a utility's, not a
 * person's, and are not masked: they appear in every message the pack sends.
 */
final class PhoneNumbers {
    private static final String SEP = "[ \\u00A0.\\-]";
    private static final String MOBILE = "(?<mhead>1[3-9]\\d)(?<mrest>(?:" + SEP + "?\\d){8})";
    private static final String CITY3 = "(?:10|2\\d)";
    private static final String CITY4 = "[3-9]\\d{2}";
    private static final String LOCAL8 = "(?:" + SEP + "?\\d){8}";
    private static final String LOCAL7OR8 = "(?:" + SEP + "?\\d){7,8}";
    private static final String COUNTRY = "(?:(?:\\+|00)" + SEP + "?86" + SEP + "?|\\((?:\\+|00)?86\\)" + SEP + "?|86(?=1[3-9]\\d{9}(?!\\d)))";
    /** With a country code, mobile, landline with its trunk 0. */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(?<!\\d)" + COUNTRY + "(?:" + MOBILE
                    + "|(?<lhead>\\(?0?" + CITY3 + "\\)?)(?<lrest>" + LOCAL8 + ")"
                    + "|(?<xhead>\\(?0?(?!400|800)" + CITY4 + "\\)?)(?<xrest>" + LOCAL7OR8 + "))(?!\\d)"),
            Pattern.compile("(?<!\\d)" + MOBILE + "(?!\\d)"),
            Pattern.compile("(?<!\\d)(?:(?<lhead>\\(0" + CITY3 + "\\)|0" + CITY3 + ")(?<lrest>" + LOCAL8 + ")"
                    + "|(?<xhead>\\(0" + CITY4 + "\\)|0" + CITY4 + ")(?<xrest>" + LOCAL7OR8 + "))(?!\\d)"));
    private static final int KEPT_AT_END = 4;

    private PhoneNumbers() {
    }

    /**
     * Every match of every form is masked, overlapping ones too, all found in the unmasked text: a number that merely
     * looks like an area code in front of a phone number cannot hide the real one.
     */
    static String masked(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char[] shown = text.toCharArray();
        String folded = new String(fold(shown));
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(folded);
            for (int from = 0; from < folded.length() && m.find(from); from = m.start() + 1) {
                maskMiddle(shown, folded, rest(m));
            }
        }
        return new String(shown);
    }

    /** The part after the kept head: the mobile's last eight digits or the local number, with its separators. */
    private static int[] rest(Matcher m) {
        for (String group : new String[] {"mrest", "lrest", "xrest"}) {
            if (m.pattern().namedGroups().containsKey(group) && m.start(group) >= 0) {
                return new int[] {m.start(group), m.end(group)};
            }
        }
        throw new IllegalStateException("a phone form without its rest");
    }

    private static void maskMiddle(char[] shown, String folded, int[] span) {
        int kept = 0;
        for (int i = span[1] - 1; i >= span[0]; i--) {
            if (Character.isDigit(folded.charAt(i)) && kept++ >= KEPT_AT_END) {
                shown[i] = '*';
            }
        }
    }

    /** Full-width digits, plus, parentheses, space and dashes as their ASCII forms, one character for one. */
    private static char[] fold(char[] text) {
        char[] folded = new char[text.length];
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            folded[i] = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : switch (c) {
                case '＋' -> '+';
                case '（' -> '(';
                case '）' -> ')';
                case '　' -> ' ';
                case '．' -> '.';
                case '－', '‐', '‑', '‒', '–', '—', '―' -> '-';
                default -> c;
            };
        }
        return folded;
    }
}
