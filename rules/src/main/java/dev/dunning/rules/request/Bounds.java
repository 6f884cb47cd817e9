package dev.dunning.rules.request;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds of every field of a {@link DecisionRequest}, in one place: what a real utility sends, with room, and
 * nothing that could make the service spend unbounded time or memory on one request. The annotations of the request
 * records use these numbers; {@code docs/requests.md} lists them with their reasons.
 */
public final class Bounds {
    /** Money in yuan: at most 999,999,999,999.9999 (the contract writes two decimals; four are accepted). */
    public static final int YUAN_INTEGER_DIGITS = 12;
    public static final int YUAN_FRACTION_DIGITS = 4;
    /** Metered quantities (m³, kWh) of one period or year: below ten billion, four decimals. */
    public static final int QUANTITY_INTEGER_DIGITS = 10;
    public static final int QUANTITY_FRACTION_DIGITS = 4;
    /** A heated area of one account: the largest campuses and complexes heat a few hundred thousand m². */
    public static final String MAX_AREA_M2 = "1000000";
    public static final String MIN_CELSIUS = "-60";
    public static final String MAX_CELSIUS = "60";
    /** People in one household; a collective account larger than this is billed as non-residential. */
    public static final int MAX_HOUSEHOLD_SIZE = 100;
    public static final int MAX_DAYS_HEATED = 366;

    public static final int REQUEST_ID_LENGTH = 128;
    /** Account, bill and dispute ids. */
    public static final int ID_LENGTH = 64;
    public static final int NAME_LENGTH = 200;
    /** Region codes such as {@code CN-SD-Linyi}. */
    public static final int REGION_LENGTH = 64;
    /** BCP 47 language tags: 35 characters hold any tag in practical use. */
    public static final int LOCALE_LENGTH = 35;

    /** Unpaid bills: 40 years of monthly bills. */
    public static final int OPEN_BILLS = 500;
    /** Past bills: 250 years of monthly bills, or many prepaid top-ups. */
    public static final int PAYMENT_HISTORY = 3_000;
    /** Contacts made: several a month for decades. */
    public static final int CONTACT_HISTORY = 3_000;
    public static final int DISPUTES = 200;
    /** Instalments of a payment plan: 20 years of monthly instalments. */
    public static final int INSTALMENTS = 240;
    /** Room-temperature records of a heating season: one a day, with room. */
    public static final int ROOM_TEMPERATURES = 400;
    /** Hardship codes (five exist). */
    public static final int HARDSHIP_CODES = 10;

    /** Every date of a request lies in these years. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** Policy parameters (pack files and scenarios): at most 12 digits before the point and 8 after. */
    public static final int PARAMETER_INTEGER_DIGITS = 12;
    public static final int PARAMETER_FRACTION_DIGITS = 8;

    private Bounds() {
    }

    /**
     * What is wrong with {@code value} when it has more than {@code integerDigits} digits before the decimal point or
     * {@code fractionDigits} after it; computed from precision and scale only, so any value is checked at once.
     */
    public static Optional<String> digitsProblem(BigDecimal value, int integerDigits, int fractionDigits) {
        if (value == null) {
            return Optional.empty();
        }
        long integer = (long) value.precision() - value.scale();
        if (integer > integerDigits || value.scale() > fractionDigits) {
            return Optional.of("must have at most " + integerDigits + " digits before the decimal point and "
                    + fractionDigits + " after it");
        }
        return Optional.empty();
    }

    public static boolean isPlausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** {@link #digitsProblem} with the bounds of policy parameters. */
    public static Optional<String> parameterProblem(BigDecimal value) {
        return digitsProblem(value, PARAMETER_INTEGER_DIGITS, PARAMETER_FRACTION_DIGITS);
    }
}
