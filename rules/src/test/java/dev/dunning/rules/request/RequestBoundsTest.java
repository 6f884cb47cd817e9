package dev.dunning.rules.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dunning.rules.pack.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every field of a request has a bound, checked before anything computes with it, and each violation names its path. */
class RequestBoundsTest {
    private static final RequestValidator STANDALONE = RequestValidator.standalone();

    @Test
    void theReadmeExampleIsWithinEveryBound() throws IOException {
        assertThat(violations(r -> { })).isEmpty();
    }

    @Test
    void aPrincipalOfOneFollowedByHalfABillionZerosIsRefusedByItsDigits() throws IOException {
        assertThat(violations(r -> bill(r).put("principal", new BigDecimal("1E+500000000"))))
                .containsExactly("openBills[0].principal: must be an amount in yuan with at most 12 digits before the "
                        + "decimal point and 4 after it");
    }

    @Test
    void aTinyNegativePrincipalIsRefusedForItsSignAndItsDecimals() throws IOException {
        assertThat(violations(r -> bill(r).put("principal", new BigDecimal("-1E-500000000"))))
                .containsExactly("openBills[0].principal: must be an amount in yuan with at most 12 digits before the "
                        + "decimal point and 4 after it", "openBills[0].principal: must be greater than or equal to 0");
    }

    @Test
    void anExponentAtTheEdgeOfAnIntIsCountedWithoutOverflow() throws IOException {
        assertThat(violations(r -> bill(r).put("principal", new BigDecimal("1E+2147483647")))).hasSize(1);
        assertThat(violations(r -> r.with("usage").with("heating").put("areaM2", new BigDecimal("1E+2147483647"))))
                .contains("usage.heating.areaM2: must have at most 7 digits before the decimal point and 4 after it");
        assertThat(Bounds.digitsProblem(new BigDecimal("9E+2147483647"), 12, 4)).isPresent();
    }

    @Test
    void twoDecimalsAreTheContractAndFourAreAccepted() throws IOException {
        assertThat(violations(r -> bill(r).put("principal", new BigDecimal("999999999999.9999")))).isEmpty();
        assertThat(violations(r -> bill(r).put("principal", new BigDecimal("1920.00001")))).hasSize(1);
        assertThat(violations(r -> bill(r).put("principal", new BigDecimal("1000000000000")))).hasSize(1);
    }

    @Test
    void aBillDueInTheYearMinusNineHundredNinetyNineMillionIsOutsideTheCalendar() throws IOException {
        assertThat(violations(r -> bill(r).put("dueDate", "-999999999-01-01")))
                .containsExactly("openBills[0].dueDate: must lie between 1900-01-01 and 2200-12-31");
        assertThat(violations(r -> r.put("asOf", "+999999999-12-31T00:00:00+08:00")))
                .containsExactly("asOf: must lie between 1900-01-01 and 2200-12-31");
    }

    @Test
    void everyDateLiesWithinItsHorizonAroundAsOfAndIsNamedByItsPath() throws IOException {
        assertThat(violations(r -> {
            ((ObjectNode) r.withArray("/paymentHistory").get(0)).put("paidOn", "1950-01-01");
            r.with("usage").with("heating").putArray("roomTemperatures").addObject()
                    .put("from", "2037-01-01").put("to", "2037-01-02").put("celsius", 15);
            r.putObject("paymentPlan").put("agreedOn", "2026-12-01").putArray("instalments").addObject()
                    .put("dueDate", "2027-01-01").put("amount", 100).put("paidOn", "1900-01-01");
        })).containsExactly(
                "paymentHistory[0].paidOn: must lie between 1976-12-20 and 2036-12-20 (at most P50Y before asOf and "
                        + "P10Y after it)",
                "paymentPlan.instalments[0].paidOn: must lie between 1976-12-20 and 2036-12-20 (at most P50Y before "
                        + "asOf and P10Y after it)",
                "usage.heating.roomTemperatures[0].from: must lie between 1976-12-20 and 2036-12-20 (at most P50Y "
                        + "before asOf and P10Y after it)",
                "usage.heating.roomTemperatures[0].to: must lie between 1976-12-20 and 2036-12-20 (at most P50Y "
                        + "before asOf and P10Y after it)");
    }

    @Test
    void asOfIsCheckedAgainstNowOnlyWhereTheHorizonSaysSo() throws IOException {
        Clock today = Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC);
        RequestValidator service = RequestValidator.of(
                RequestHorizon.DEFAULT.withAsOfAroundNow(Period.ofYears(10), Period.ofYears(1)), today);
        assertThat(service.violations(read(request(r -> { })))).isEmpty();
        assertThat(service.violations(read(request(r -> r.put("asOf", "2028-01-01T10:00:00+08:00")))))
                .extracting(Object::toString).containsExactly(
                        "asOf: must lie between 2016-12-04 and 2027-12-04 (at most P10Y before today and P1Y after it)");
        assertThat(service.violations(read(request(r -> r.put("asOf", "2016-12-03T10:00:00+08:00")))))
                .extracting(RequestValidator.Violation::field).contains("asOf");
        assertThat(service.violations(read(request(r -> r.put("asOf", "2099-12-20T10:00:00+08:00")))))
                .as("no date is measured against an asOf out of bounds").extracting(RequestValidator.Violation::field)
                .containsExactly("asOf");
        assertThat(STANDALONE.violations(read(request(r -> r.put("asOf", "2028-01-01T10:00:00+08:00"))))).isEmpty();
    }

    @Test
    void anOversizedListIsRefusedByItsSizeAloneWithoutCheckingItsElements() throws IOException {
        assertThat(violations(r -> {
            ArrayNode bills = r.putArray("openBills");
            for (int i = 0; i <= Bounds.OPEN_BILLS; i++) {
                bills.addNull();
            }
        })).as("the 501 null bills are not checked one by one").containsExactly("openBills: size must be between 0 and 500");
    }

    @Test
    void everyListHasItsBound() throws IOException {
        assertThat(violations(r -> {
            fill(r.putArray("paymentHistory"), Bounds.PAYMENT_HISTORY + 1);
            fill(r.putArray("contactHistory"), Bounds.CONTACT_HISTORY + 1);
            fill(r.putArray("disputes"), Bounds.DISPUTES + 1);
            fill(r.with("account").putArray("hardship"), Bounds.HARDSHIP_CODES + 1);
            fill(r.with("usage").with("heating").putArray("roomTemperatures"), Bounds.ROOM_TEMPERATURES + 1);
            fill(r.putObject("paymentPlan").put("agreedOn", "2026-12-01").putArray("instalments"), Bounds.INSTALMENTS + 1);
        })).containsExactly("account.hardship: size must be between 0 and 10", "contactHistory: size must be between 0 and 3000",
                "disputes: size must be between 0 and 200", "paymentHistory: size must be between 0 and 3000",
                "paymentPlan.instalments: size must be between 0 and 240",
                "usage.heating.roomTemperatures: size must be between 0 and 400");
    }

    @Test
    void stringsQuantitiesAndHouseholdsHaveMaxima() throws IOException {
        assertThat(violations(r -> {
            r.with("account").put("name", "名".repeat(201)).put("region", "CN-".repeat(30)).put("locale", "x".repeat(36))
                    .put("id", "A".repeat(65)).put("householdSize", 101);
            bill(r).put("id", "B".repeat(65));
            r.with("usage").with("heating").put("areaM2", 2_000_000).put("daysHeated", 400);
            r.with("usage").with("heating").putArray("roomTemperatures").addObject()
                    .put("from", "2026-12-01").put("to", "2026-12-02").put("celsius", 15.123);
        })).containsExactly("account.householdSize: must be less than or equal to 100",
                "account.id: size must be between 0 and 64", "account.locale: size must be between 0 and 35",
                "account.name: size must be between 0 and 200", "account.region: size must be between 0 and 64",
                "openBills[0].id: size must be between 0 and 64",
                "usage.heating.areaM2: must be at most 1000000",
                "usage.heating.daysHeated: must be less than or equal to 366",
                "usage.heating.roomTemperatures[0].celsius: must have at most 2 digits before the decimal point and 2 after it");
    }

    @Test
    void digitsAreCountedFromPrecisionAndScaleForAnyValue() {
        assertThat(Bounds.digitsProblem(new BigDecimal("1E+500000000"), 12, 4)).isPresent();
        assertThat(Bounds.digitsProblem(new BigDecimal("1E-500000000"), 12, 4)).isPresent();
        assertThat(Bounds.parameterProblem(new BigDecimal("0.00050000"))).isEmpty();
        assertThat(Bounds.parameterProblem(null)).isEmpty();
    }

    private static void fill(ArrayNode list, int size) {
        for (int i = 0; i < size; i++) {
            list.addNull();
        }
    }

    private static ObjectNode bill(ObjectNode request) {
        return (ObjectNode) request.withArray("/openBills").get(0);
    }

    private static List<String> violations(Consumer<ObjectNode> change) throws IOException {
        return STANDALONE.violations(read(request(change))).stream().map(Object::toString).toList();
    }

    private static ObjectNode request(Consumer<ObjectNode> change) throws IOException {
        ObjectNode request = (ObjectNode) Json.json().readTree(Files.readString(Path.of("../docs/examples/heating-beijing.json")));
        change.accept(request);
        return request;
    }

    private static DecisionRequest read(ObjectNode request) throws IOException {
        return Json.json().treeToValue(request, DecisionRequest.class);
    }
}
