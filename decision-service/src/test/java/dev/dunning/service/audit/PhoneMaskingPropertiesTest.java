package dev.dunning.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated phone numbers, in every form people write them (mobile and landline, with or without +86 / 0086 / 86,
 * grouped by spaces, dashes, dots or not at all, area codes in parentheses, full-width digits), inside arbitrary text:
 * after masking, none shows more than its country code, its area code or first three digits, and its last four.
 */
class PhoneMaskingPropertiesTest {
    private static final String TEXT = "abcXYZ 你好请致电联系号码，。：:;,!?()[]{}\"'*#/\n0123456789０１２";
    private static final String BOUNDARY = "abcXYZ 你好请致电联系号码，。：:;,!?[]{}\"'*#/\n";

    /** A phone number as written, and how many of its digits masking may leave visible. */
    record Phone(String text, int visibleAtMost) {
    }

    @Property(tries = 2000)
    void noPhoneNumberInAnyTextShowsMoreThanItsPrefixAndLastFourDigits(@ForAll("texts") String before,
                                                                       @ForAll("phones") Phone phone,
                                                                       @ForAll("texts") String after) {
        String text = before + phone.text() + after;
        String masked = PhoneNumbers.masked(text);
        assertThat(masked).hasSameSizeAs(text);
        String region = masked.substring(before.length(), before.length() + phone.text().length());
        assertThat(region.chars().filter(Character::isDigit).count()).as("%s in %s", region, masked)
                .isLessThanOrEqualTo(phone.visibleAtMost());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> inner = Arbitraries.strings().withChars(TEXT).ofMaxLength(30);
        Arbitrary<Character> edge = Arbitraries.of(BOUNDARY.toCharArray()).map(c -> c);
        return Combinators.combine(inner, edge, edge).as((text, first, last) -> last + text + first);
    }

    @Provide
    Arbitrary<Phone> phones() {
        return Combinators.combine(Arbitraries.oneOf(mobiles(), landlines()), Arbitraries.of(false, true))
                .as((phone, fullWidth) -> fullWidth ? new Phone(fullWidth(phone.text()), phone.visibleAtMost()) : phone);
    }

    private Arbitrary<Phone> mobiles() {
        Arbitrary<String> number = Combinators.combine(Arbitraries.integers().between(3, 9), digits(9))
                .as((second, rest) -> "1" + second + rest);
        return Combinators.combine(number, Arbitraries.of("", "+86", "+86 ", "+86-", "0086", "0086-", "0086 ", "(+86) ", "(86)", "86"),
                Arbitraries.of(0, 1, 2, 3), separator(), separator()).as((digits, country, grouping, first, second) -> {
                    String grouped = switch (grouping) {
                        case 0 -> digits;
                        case 1 -> digits.substring(0, 3) + first + digits.substring(3, 7) + second + digits.substring(7);
                        case 2 -> digits.substring(0, 3) + first + digits.substring(3);
                        default -> digits.substring(0, 7) + first + digits.substring(7);
                    };
                    String prefix = country.equals("86") && grouping != 0 ? "+86" : country;
                    return new Phone(prefix + grouped, digitCount(prefix) + 3 + 4);
                });
    }

    private Arbitrary<Phone> landlines() {
        Arbitrary<String> city = Arbitraries.oneOf(Arbitraries.of("10", "20", "21", "22", "23", "24", "25", "27", "28", "29"),
                Arbitraries.of("311", "351", "371", "411", "431", "451", "531", "532", "536", "539", "551", "571", "591",
                        "731", "755", "851", "871", "898", "931", "991"));
        return Combinators.combine(city, Arbitraries.integers().between(2, 9), digits(7), Arbitraries.of(true, false),
                Arbitraries.of("", "+86 ", "+86-", "0086 ", "(+86) "), Arbitraries.of(0, 1, 2), separator(), separator())
                .as((area, first, rest, longLocal, country, style, areaSeparator, localSeparator) -> {
                    String local = first + (area.length() == 2 || longLocal ? rest : rest.substring(1));
                    String code = country.isEmpty() || style == 2 ? "0" + area : area;
                    String written = style == 1 ? "(" + code + ")" : code;
                    String grouped = local.substring(0, local.length() - 4) + localSeparator + local.substring(local.length() - 4);
                    return new Phone(country + written + areaSeparator + grouped, digitCount(country) + code.length() + 4);
                });
    }

    private static Arbitrary<String> digits(int count) {
        return Arbitraries.strings().numeric().ofLength(count);
    }

    private static Arbitrary<String> separator() {
        return Arbitraries.of("", "", " ", "-", ".", "\u00A0", "\u3000");
    }

    private static int digitCount(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : switch (c) {
                case '+' -> '＋';
                case '-' -> '－';
                case '(' -> '（';
                case ')' -> '）';
                default -> c;
            });
        }
        return wide.toString();
    }
}
