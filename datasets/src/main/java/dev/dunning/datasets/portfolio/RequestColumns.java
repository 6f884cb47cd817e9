package dev.dunning.datasets.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.Dispute;
import dev.dunning.rules.request.Hardship;
import dev.dunning.rules.request.HeatSource;
import dev.dunning.rules.request.Heating;
import dev.dunning.rules.request.HeatingMethod;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentPlan;
import dev.dunning.rules.request.PaymentRecord;
import dev.dunning.rules.request.RoomTemperature;
import dev.dunning.rules.request.TimeOfUse;
import dev.dunning.rules.request.Unit;
import dev.dunning.rules.request.Usage;
import dev.dunning.rules.request.Utility;
import dev.dunning.rules.request.WaterSupply;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The columns of a portfolio CSV row and their mapping to a {@link DecisionRequest}. Documented in the README. */
final class RequestColumns {
    static final List<String> HEADER = List.of("requestId", "asOf", "accountId", "utility", "region", "customerType",
            "name", "locale", "householdSize", "hardship", "autoDebit", "pricedAsResidential", "supplyCutOn",
            "autoDebitOn", "timeZone", "channels", "periodStart", "periodEnd", "quantity", "unit", "yearToDate", "supply", "peakKwh", "valleyKwh",
            "heatingMethod", "heatSource", "areaM2", "meteredKwh", "daysHeated", "roomTemperatures", "openBills",
            "paymentHistory", "contactHistory", "disputes", "paymentPlan");
    private static final String[] USAGE_COLUMNS = columns("periodStart", "openBills");
    private static final String[] HEATING_COLUMNS = columns("heatingMethod", "openBills");

    private RequestColumns() {
    }

    static String[] cells(DecisionRequest request) {
        return Stream.of(accountCells(request), usageCells(request.usage()), listCells(request))
                .flatMap(Stream::of).toArray(String[]::new);
    }

    private static String[] accountCells(DecisionRequest request) {
        Account a = request.account();
        return new String[] {request.requestId(), text(request.asOf()), a.id(), text(a.utility()), a.region(),
                text(a.customerType()), text(a.name()), text(a.locale()), text(a.householdSize()),
                a.hardship().stream().map(Hardship::name).collect(Collectors.joining("|")), text(a.autoDebit()),
                text(a.pricedAsResidential()), text(a.supplyCutOn()), text(a.autoDebitOn()), text(a.timeZone()),
                json(a.channels())};
    }

    private static String[] usageCells(Usage usage) {
        Usage u = usage == null ? new Usage(null, null, null, null, null, null, null, null) : usage;
        TimeOfUse tou = u.timeOfUse() == null ? new TimeOfUse(null, null) : u.timeOfUse();
        Heating h = u.heating();
        return new String[] {text(u.periodStart()), text(u.periodEnd()), number(u.quantity()), text(u.unit()),
                number(u.yearToDate()), text(u.supply()), number(tou.peak()), number(tou.valley()),
                text(h == null ? null : h.method()), text(h == null ? null : h.source()),
                number(h == null ? null : h.areaM2()), number(h == null ? null : h.meteredKwh()),
                text(h == null ? null : h.daysHeated()), h == null ? "" : json(h.roomTemperatures())};
    }

    private static String[] listCells(DecisionRequest request) {
        return new String[] {json(request.openBills()), json(request.paymentHistory()),
                json(request.contactHistory()), json(request.disputes()),
                request.paymentPlan() == null ? "" : json(request.paymentPlan())};
    }

    static DecisionRequest request(Cells cells) {
        return new DecisionRequest(cells.text("requestId"), cells.dateTime("asOf"), account(cells), usage(cells),
                cells.json("openBills", new TypeReference<List<OpenBill>>() { }),
                cells.json("paymentHistory", new TypeReference<List<PaymentRecord>>() { }),
                cells.json("contactHistory", new TypeReference<List<ContactRecord>>() { }),
                cells.json("disputes", new TypeReference<List<Dispute>>() { }),
                cells.json("paymentPlan", new TypeReference<PaymentPlan>() { }));
    }

    private static Account account(Cells cells) {
        return new Account(cells.text("accountId"), cells.enumValue("utility", Utility.class), cells.text("region"),
                cells.enumValue("customerType", CustomerType.class), cells.text("name"), cells.text("locale"),
                cells.integer("householdSize"), cells.enumList("hardship", Hardship.class),
                cells.json("channels", new TypeReference<Map<Channel, ChannelStatus>>() { }), cells.bool("autoDebit"),
                cells.bool("pricedAsResidential"), cells.date("supplyCutOn"), cells.date("autoDebitOn"),
                cells.zone("timeZone"));
    }

    private static Usage usage(Cells cells) {
        if (cells.isEmpty(USAGE_COLUMNS)) {
            return null;
        }
        TimeOfUse tou = cells.isEmpty("peakKwh", "valleyKwh") ? null
                : new TimeOfUse(cells.decimal("peakKwh"), cells.decimal("valleyKwh"));
        return new Usage(cells.date("periodStart"), cells.date("periodEnd"), cells.decimal("quantity"),
                cells.enumValue("unit", Unit.class), cells.decimal("yearToDate"),
                cells.enumValue("supply", WaterSupply.class), tou, heating(cells));
    }

    private static Heating heating(Cells cells) {
        if (cells.isEmpty(HEATING_COLUMNS)) {
            return null;
        }
        return new Heating(cells.enumValue("heatingMethod", HeatingMethod.class),
                cells.enumValue("heatSource", HeatSource.class), cells.decimal("areaM2"), cells.decimal("meteredKwh"),
                cells.integer("daysHeated"), cells.json("roomTemperatures", new TypeReference<List<RoomTemperature>>() { }));
    }

    /** The columns from {@code first} up to, not including, {@code end}. */
    private static String[] columns(String first, String end) {
        return HEADER.subList(HEADER.indexOf(first), HEADER.indexOf(end)).toArray(String[]::new);
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String json(Object value) {
        try {
            return Json.json().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
