package dev.dunning.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates hostile request bodies: the README's heating and water requests (with disputes, a payment plan and room
 * temperatures added) with fields replaced by huge and tiny numbers, far dates, long strings, wrong types, unknown
 * enums, deep nesting and big lists; and bodies broken as a whole (duplicate keys, truncation, wrong top-level types,
 * bytes that are not UTF-8), sent alone or in batches. {@value #ID} stands for a request id the test makes unique.
 */
final class HostileBodies {
    static final String ID = "@@ID@@";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATHS = List.of("requestId", "asOf", "account", "account.id", "account.utility",
            "account.region", "account.customerType", "account.name", "account.locale", "account.householdSize",
            "account.hardship", "account.channels", "account.channels.SMS", "account.autoDebit", "account.supplyCutOn",
            "account.autoDebitOn", "account.timeZone", "account.pricedAsResidential", "usage", "usage.periodStart",
            "usage.periodEnd", "usage.quantity", "usage.unit", "usage.yearToDate", "usage.supply", "usage.timeOfUse",
            "usage.heating", "usage.heating.method", "usage.heating.source", "usage.heating.areaM2",
            "usage.heating.meteredKwh", "usage.heating.daysHeated", "usage.heating.roomTemperatures",
            "usage.heating.roomTemperatures.0", "usage.heating.roomTemperatures.0.from",
            "usage.heating.roomTemperatures.0.celsius", "openBills", "openBills.0", "openBills.0.id",
            "openBills.0.dueDate", "openBills.0.principal", "paymentHistory", "paymentHistory.0.amountDue",
            "paymentHistory.0.amountPaid", "paymentHistory.0.paidOn", "paymentHistory.0.dueDate", "contactHistory",
            "contactHistory.0", "contactHistory.0.at", "contactHistory.0.channel", "contactHistory.0.step",
            "contactHistory.0.openedAt", "contactHistory.0.delivered", "disputes", "disputes.0.openedOn",
            "disputes.0.answeredOn", "disputes.0.billId", "paymentPlan", "paymentPlan.agreedOn",
            "paymentPlan.instalments", "paymentPlan.instalments.0.amount", "paymentPlan.instalments.0.dueDate",
            "paymentPlan.instalments.0.amountPaid");

    /** One request to send: where, as what, and its body. */
    record Hostile(String path, String contentType, byte[] body, String what) {
        @Override
        public String toString() {
            return what + " -> " + path + " (" + body.length + " bytes)";
        }
    }

    private HostileBodies() {
    }

    static Arbitrary<Hostile> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, mutated(1).map(body -> decision(body, "one field"))),
                Tuple.of(2, mutated(4).map(body -> decision(body, "several fields"))),
                Tuple.of(1, broken()),
                Tuple.of(1, mutated(2).list().ofMinSize(1).ofMaxSize(4).map(HostileBodies::batch)));
    }

    /** A base request with up to {@code fields} fields replaced by hostile values. */
    private static Arbitrary<String> mutated(int fields) {
        Arbitrary<Replacement> replacement = Combinators.combine(Arbitraries.of(PATHS), value()).as(Replacement::new);
        return Combinators.combine(Arbitraries.of(base("heating-beijing.json"), base("water-beijing.json")),
                replacement.list().ofMinSize(1).ofMaxSize(fields)).as((base, replacements) -> {
                    ObjectNode request = base.deepCopy();
                    replacements.forEach(r -> set(request, r.path(), r.value()));
                    return write(request);
                });
    }

    private record Replacement(String path, String value) {
    }

    /** Raw JSON text of a hostile value (not always valid JSON). */
    static Arbitrary<String> value() {
        return Arbitraries.oneOf(numbers(), longDigits(), dates(), strings(), wrongTypes(), nesting(), lists());
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.of("1E+500000000", "-1E-500000000", "1e308", "-1e308", "1e-400", "4.9e-324", "1E+2147483647",
                "1E-2147483648", "9223372036854775808", "-9223372036854775809", "0", "-0", "0.00000", "-1", "1E+12",
                "999999999999.9999", "999999999999.99999", "1000000000000", "0.0001", "1000000", "1000000.0001", "366",
                "100", "101", "-60", "60.01", "NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1", "2147483648");
    }

    private static Arbitrary<String> longDigits() {
        return Combinators.combine(Arbitraries.of("9", "1", "0"), Arbitraries.integers().between(20, 3000),
                Arbitraries.integers().between(0, 3)).as((digit, length, form) -> {
                    String digits = digit.repeat(length);
                    return switch (form) {
                        case 0 -> digits;
                        case 1 -> "0." + digits;
                        case 2 -> digits + "E+999999999";
                        default -> "-" + digits;
                    };
                });
    }

    private static Arbitrary<String> dates() {
        return Arbitraries.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "1900-01-01",
                "2200-12-31", "2201-01-01", "2026-02-30", "2026-13-01", "1976-12-20", "1976-12-19", "2036-12-20",
                "2036-12-21", "2026-12-20T10:00:00+08:00", "+999999999-12-31T23:59:59.999999999-18:00",
                "-999999999-01-01T00:00:00+18:00", "0000-01-01T00:00:00Z", "2026-12-20T10:00:00", "2026-12-20T10:00:00Z",
                "2016-12-01T10:00:00+08:00", "2027-12-31T10:00:00+08:00", "2026-12-20T25:61:00+08:00")
                .map(HostileBodies::quoted);
    }

    private static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 200_000).map(n -> quoted("x".repeat(n))),
                Arbitraries.strings().all().ofMaxLength(300).map(HostileBodies::quoted),
                Arbitraries.of("STEAM", "heating", "HEATING ", "", "Mars/Olympus", "UTC+99", "CN-BJ-" + "x".repeat(100),
                        "\u0000", "\uD800", "名".repeat(201), "../../etc/passwd", "=HYPERLINK(\"x\")").map(HostileBodies::quoted));
    }

    private static Arbitrary<String> wrongTypes() {
        return Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2,3]", "{\"a\":1}", "\"\"", "[null]", "[[]]",
                "{\"SMS\": null}", "{\"STEAM\": {\"reachable\": true}}", "{\"SMS\": {\"reachable\": 1E+500000000}}");
    }

    private static Arbitrary<String> nesting() {
        return Combinators.combine(Arbitraries.integers().between(1, 3000), Arbitraries.of(true, false))
                .as((depth, arrays) -> arrays ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    }

    private static Arbitrary<String> lists() {
        Arbitrary<String> element = Arbitraries.of("null", "1", "{}", "{\"id\": \"B\", \"dueDate\": \"2026-11-30\", \"principal\": 1}",
                "{\"at\": \"2026-12-03T09:30:00+08:00\", \"channel\": \"SMS\", \"step\": \"FIRST_REMINDER\"}",
                "\"MINIMUM_LIVING_ALLOWANCE\"", "{\"dueDate\": \"2027-01-01\", \"amount\": 1E+500000000}");
        return Combinators.combine(element, Arbitraries.integers().between(0, 4000))
                .as((e, n) -> "[" + String.join(",", Collections.nCopies(n, e)) + "]");
    }

    /** Bodies broken as a whole. */
    private static Arbitrary<Hostile> broken() {
        String readme = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", ID);
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of("asOf", "requestId", "account", "openBills").map(key -> readme.replaceFirst("\\{",
                        "{\"" + key + "\": " + (key.equals("asOf") ? "\"2026-12-01T10:00:00+08:00\"" : "null") + ", ")),
                Arbitraries.integers().between(0, readme.length() - 1).map(cut -> readme.substring(0, cut)),
                Arbitraries.of("", "[]", "null", "1E+500000000", "\"x\"", "{", "}", "[{}]", "{\"requestId\": null}"),
                Arbitraries.integers().between(1, 100_000).map(depth -> "[".repeat(depth)),
                Arbitraries.strings().all().ofMaxLength(500));
        Arbitrary<String> type = Arbitraries.of("application/json", "application/json", "application/json;charset=UTF-16",
                "text/plain", "application/xml", "application/x-www-form-urlencoded");
        Arbitrary<Hostile> whole = Combinators.combine(text, type).as((body, contentType) ->
                new Hostile("/api/v1/decisions", contentType, body.getBytes(StandardCharsets.UTF_8), "broken body"));
        Arbitrary<Hostile> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)
                .map(b -> new Hostile("/api/v1/decisions", "application/json", b, "random bytes"));
        return Arbitraries.oneOf(whole, bytes);
    }

    private static Hostile decision(String body, String what) {
        return new Hostile("/api/v1/decisions", "application/json", body.getBytes(StandardCharsets.UTF_8), what);
    }

    private static Hostile batch(List<String> items) {
        return new Hostile("/api/v1/decisions/batch", "application/json",
                ("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8), "batch of " + items.size());
    }

    /** A README example with every list and object the contract has, so that every path above exists. */
    private static ObjectNode base(String example) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree(Examples.read(example));
            request.put("requestId", ID);
            request.set("disputes", JSON.readTree("[{\"id\": \"D-1\", \"billId\": \"B-1\", \"openedOn\": \"2026-10-01\", "
                    + "\"answeredOn\": \"2026-10-20\"}]"));
            request.set("paymentPlan", JSON.readTree("{\"agreedOn\": \"2026-10-01\", \"instalments\": [{\"dueDate\": "
                    + "\"2026-10-31\", \"amount\": 50.00, \"amountPaid\": 50.00, \"paidOn\": \"2026-10-30\"}]}"));
            if (request.path("paymentHistory").isMissingNode()) {
                request.set("paymentHistory", JSON.readTree("[{\"dueDate\": \"2025-11-30\", \"amountDue\": 10.00}]"));
            }
            ObjectNode usage = (ObjectNode) request.path("usage");
            if (usage.has("heating")) {
                ((ObjectNode) usage.path("heating")).set("roomTemperatures", JSON.readTree(
                        "[{\"from\": \"2026-12-01\", \"to\": \"2026-12-02\", \"celsius\": 15.5}]"));
            }
            return request;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the raw JSON {@code value} at a dotted path, creating objects on the way; list indexes are numbers. */
    private static void set(ObjectNode request, String path, String value) {
        String[] names = path.split("\\.");
        JsonNode parent = request;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode next = parent.isArray() ? parent.path(Integer.parseInt(names[i])) : parent.path(names[i]);
            if (!next.isContainerNode()) {
                next = JsonNodeFactory.instance.objectNode();
                if (parent.isObject()) {
                    ((ObjectNode) parent).set(names[i], next);
                } else {
                    return;
                }
            }
            parent = next;
        }
        String last = names[names.length - 1];
        JsonNode raw = JsonNodeFactory.instance.rawValueNode(new RawValue(value));
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (index < array.size()) {
                array.set(index, raw);
            } else {
                array.add(raw);
            }
        } else {
            ((ObjectNode) parent).set(last, raw);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
