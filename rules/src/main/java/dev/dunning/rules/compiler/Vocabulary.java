package dev.dunning.rules.compiler;

import dev.dunning.rules.decision.BillComponent;
import dev.dunning.rules.decision.BillLine;
import dev.dunning.rules.decision.Charges;
import dev.dunning.rules.decision.CurrentBill;
import dev.dunning.rules.decision.Escalation;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.decision.LateFee;
import dev.dunning.rules.decision.Money;
import dev.dunning.rules.decision.PolicyWarning;
import dev.dunning.rules.decision.PriceComponent;
import dev.dunning.rules.decision.Protection;
import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.facts.AreaHeatingPrice;
import dev.dunning.rules.facts.AsOf;
import dev.dunning.rules.facts.ElectricityBilling;
import dev.dunning.rules.facts.HeatingSeason;
import dev.dunning.rules.facts.MeteredHeatingPrice;
import dev.dunning.rules.facts.OverdueBill;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.facts.RestrictionTerms;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.facts.RiskBandAssigned;
import dev.dunning.rules.facts.TemperatureRecords;
import dev.dunning.rules.facts.Tier;
import dev.dunning.rules.facts.TieredTariff;
import dev.dunning.rules.facts.DunningState;
import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.Dispute;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.Hardship;
import dev.dunning.rules.request.HeatSource;
import dev.dunning.rules.request.Heating;
import dev.dunning.rules.request.HeatingMethod;
import dev.dunning.rules.request.Instalment;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentPlan;
import dev.dunning.rules.request.PaymentRecord;
import dev.dunning.rules.request.RoomTemperature;
import dev.dunning.rules.request.TimeOfUse;
import dev.dunning.rules.request.Unit;
import dev.dunning.rules.request.Usage;
import dev.dunning.rules.request.Utility;
import dev.dunning.rules.request.WaterSupply;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What rules may name, like the business object model of a rules product: the fact model (the request, the facts
 * the pipeline and the rules derive, the parts of a decision rules produce) and a short list of pure members of
 * {@code java.math}, {@code java.time}, {@code java.lang} and {@code java.util}. Members, not whole classes: a class
 * such as {@code LocalDate} or {@code TimeZone} also holds the clock or JVM-wide setters. The policy profile checks
 * rule source against it, the bytecode gate the code generated from it.
 */
final class Vocabulary {
    /** The fact-model types, by simple name. Every public member of these is pure and may be used by rules. */
    static final Map<String, Class<?>> FACT_TYPES = Stream.of(
                    Account.class, Channel.class, ChannelStatus.class, ContactRecord.class, CustomerType.class,
                    Dispute.class, EscalationStep.class, Hardship.class, HeatSource.class, Heating.class,
                    HeatingMethod.class, Instalment.class, OpenBill.class, PaymentPlan.class, PaymentRecord.class,
                    RoomTemperature.class, TimeOfUse.class, Unit.class, Usage.class, Utility.class, WaterSupply.class,
                    AreaHeatingPrice.class, AsOf.class, ElectricityBilling.class, HeatingSeason.class,
                    MeteredHeatingPrice.class, OverdueBill.class, PolicyParameter.class, RestrictionTerms.class,
                    RiskAssessment.class, RiskBandAssigned.class, TemperatureRecords.class, Tier.class,
                    TieredTariff.class, BillComponent.class, BillLine.class, Charges.class, CurrentBill.class,
                    Escalation.class, EscalationAction.class, LateFee.class, Money.class, PolicyWarning.class,
                    PriceComponent.class, Protection.class, RiskBand.class, DunningState.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private static final Map<Class<?>, Set<String>> FACT_MEMBERS = FACT_TYPES.values().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Vocabulary::members));

    /** Library members rules may call or read, by class: pure, bounded, and independent of the clock and the JVM. */
    static final Map<Class<?>, Set<String>> LIBRARY = Map.ofEntries(
            Map.entry(java.math.BigDecimal.class, Set.of("<init>", "ZERO", "ONE", "TEN", "valueOf", "add",
                    "subtract", "multiply", "divide", "remainder", "negate", "abs", "signum", "compareTo", "equals",
                    "hashCode", "min", "max", "setScale", "stripTrailingZeros", "toPlainString", "toString",
                    "intValue", "longValue", "intValueExact", "longValueExact", "scale", "precision")),
            Map.entry(java.math.RoundingMode.class, Set.of("HALF_UP", "HALF_EVEN", "HALF_DOWN", "UP", "DOWN",
                    "CEILING", "FLOOR")),
            Map.entry(java.math.MathContext.class, Set.of("DECIMAL32", "DECIMAL64", "DECIMAL128")),
            Map.entry(java.time.LocalDate.class, Set.of("of", "getYear", "getMonth", "getMonthValue",
                    "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "lengthOfMonth", "lengthOfYear", "isLeapYear",
                    "plusDays", "plusWeeks", "plusMonths", "plusYears", "minusDays", "minusWeeks", "minusMonths",
                    "minusYears", "withDayOfMonth", "withMonth", "isBefore", "isAfter", "isEqual", "compareTo",
                    "equals", "hashCode", "toString", "toEpochDay")),
            Map.entry(java.time.MonthDay.class, Set.of("of", "atYear", "getMonthValue", "getDayOfMonth",
                    "isBefore", "isAfter", "equals", "compareTo")),
            Map.entry(java.time.DayOfWeek.class, Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                    "SATURDAY", "SUNDAY", "getValue", "equals", "compareTo")),
            Map.entry(java.time.Month.class, Set.of("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
                    "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "getValue", "equals", "compareTo")),
            Map.entry(java.time.temporal.ChronoUnit.class, Set.of("DAYS", "WEEKS", "MONTHS", "YEARS", "between")),
            Map.entry(java.lang.String.class, Set.of("equals", "equalsIgnoreCase", "startsWith", "endsWith",
                    "contains", "isEmpty", "isBlank", "length", "substring", "trim", "strip", "compareTo", "valueOf",
                    "charAt", "hashCode", "toString")),
            Map.entry(java.lang.Math.class, Set.of("min", "max", "abs", "floorDiv", "floorMod", "addExact",
                    "subtractExact", "multiplyExact", "toIntExact")),
            Map.entry(java.lang.Integer.class, Set.of("valueOf", "intValue", "longValue", "compare", "equals",
                    "compareTo", "MAX_VALUE", "MIN_VALUE")),
            Map.entry(java.lang.Long.class, Set.of("valueOf", "intValue", "longValue", "compare", "equals",
                    "compareTo", "MAX_VALUE", "MIN_VALUE")),
            Map.entry(java.lang.Boolean.class, Set.of("valueOf", "booleanValue", "equals", "TRUE", "FALSE")),
            Map.entry(java.util.List.class, Set.of("size", "isEmpty", "contains", "get", "of", "equals")),
            Map.entry(java.util.Set.class, Set.of("size", "isEmpty", "contains", "of", "equals")),
            Map.entry(java.util.Collection.class, Set.of("size", "isEmpty", "contains", "equals")),
            Map.entry(java.util.Map.class, Set.of("size", "isEmpty", "containsKey", "get", "equals")),
            Map.entry(java.util.Objects.class, Set.of("equals", "isNull", "nonNull")),
            Map.entry(java.lang.Object.class, Set.of("<init>", "equals", "hashCode", "toString")),
            Map.entry(java.lang.Enum.class, Set.of("name", "ordinal", "compareTo", "equals", "hashCode",
                    "toString")));

    /** The library types rules may name, by simple name. */
    static final Map<String, Class<?>> LIBRARY_TYPES = LIBRARY.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** Calls a consequence may make without a target: the working memory's own operations. */
    static final Set<String> WORKING_MEMORY = Set.of("insert", "insertLogical", "delete", "retract", "update");

    /** Every member name rules may use on a value whose type the source does not state. */
    static final Set<String> MEMBER_NAMES = memberNames();

    private Vocabulary() {
    }

    /** The type a DRL may import or name: a fact type or a library type, by fully qualified or simple name. */
    static Optional<Class<?>> type(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Class<?> type = FACT_TYPES.containsKey(simple) ? FACT_TYPES.get(simple) : LIBRARY_TYPES.get(simple);
        return type != null && (type.getName().equals(name) || simple.equals(name)) ? Optional.of(type) : Optional.empty();
    }

    static boolean isFactType(Class<?> type) {
        return FACT_TYPES.get(type.getSimpleName()) == type;
    }

    /** Whether {@code member} of {@code type} may be used: any public member of a fact type, listed library members. */
    static boolean allows(Class<?> type, String member) {
        return isFactType(type) ? FACT_MEMBERS.get(type).contains(member)
                : LIBRARY.getOrDefault(type, Set.of()).contains(member);
    }

    /** Whether a condition on {@code type} may read {@code property}: a member, or the getter DRL derives it from. */
    static boolean allowsProperty(Class<?> type, String property) {
        String capitalised = property.isEmpty() ? "" : Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return allows(type, property) || allows(type, "get" + capitalised) || allows(type, "is" + capitalised);
    }

    /** The public methods, fields, record components and enum constants a fact type declares. */
    private static Set<String> members(Class<?> type) {
        Set<String> names = new HashSet<>();
        Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName).forEach(names::add);
        Arrays.stream(type.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers()))
                .forEach(f -> names.add(f.getName()));
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
        }
        names.add("<init>");
        names.removeAll(List.of("getClass", "wait", "notify", "notifyAll"));
        return Set.copyOf(names);
    }

    private static Set<String> memberNames() {
        Set<String> names = new HashSet<>();
        FACT_MEMBERS.values().forEach(members -> names.addAll(properties(members)));
        LIBRARY.values().forEach(names::addAll);
        names.remove("<init>");
        return Set.copyOf(names);
    }

    /** The names with the property names DRL derives from getters ({@code isOutage} gives {@code outage}). */
    private static Set<String> properties(Set<String> members) {
        Set<String> names = new HashSet<>(members);
        members.stream().filter(m -> m.matches("(get|is)[A-Z].*")).map(Vocabulary::property).forEach(names::add);
        return names;
    }

    private static String property(String getter) {
        String rest = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
}
