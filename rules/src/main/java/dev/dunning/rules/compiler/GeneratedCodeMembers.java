package dev.dunning.rules.compiler;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The members the code generated from rules may reference, by owner (internal name): the {@link Vocabulary} (every
 * public member of a fact type, the listed library members) plus the scaffolding the executable model writes around
 * it: its rule-building DSL, enum and lambda plumbing, the module's configuration and the working-memory operations
 * insert, update and delete. Anything else, whatever its package, is refused.
 */
final class GeneratedCodeMembers {
    /** Members of library and engine classes the generated scaffolding uses, beyond what rules may write. */
    private static final Map<String, Set<String>> SCAFFOLDING = Map.ofEntries(
            Map.entry("java/lang/Object", Set.of("<init>", "equals", "hashCode", "toString")),
            Map.entry("java/lang/Enum", Set.of("<init>", "valueOf", "name", "ordinal", "equals", "hashCode", "compareTo")),
            Map.entry("java/lang/System", Set.of("arraycopy")),
            Map.entry("java/lang/Boolean", Set.of("TYPE", "valueOf", "booleanValue")),
            Map.entry("java/lang/Integer", Set.of("TYPE", "valueOf", "intValue")),
            Map.entry("java/lang/Long", Set.of("TYPE", "valueOf", "longValue")),
            Map.entry("java/lang/Double", Set.of("TYPE", "valueOf", "doubleValue")),
            Map.entry("java/lang/String", Set.of("valueOf", "hashCode", "equals")),
            Map.entry("java/lang/StringBuilder", Set.of("<init>", "append", "toString")),
            Map.entry("java/lang/IllegalArgumentException", Set.of("<init>")),
            Map.entry("java/lang/RuntimeException", Set.of("<init>")),
            Map.entry("java/lang/UnsupportedOperationException", Set.of("<init>")),
            Map.entry("java/math/MathContext", Set.of("DECIMAL128")),
            Map.entry("java/util/Locale", Set.of("ENGLISH")),
            // the matches operator; its pattern is a literal the policy profile has costed (RegexCost)
            Map.entry("java/util/regex/Pattern", Set.of("compile", "matcher")),
            Map.entry("java/util/regex/Matcher", Set.of("matches")),
            Map.entry("java/time/format/DateTimeFormatterBuilder", Set.of("<init>", "parseCaseInsensitive",
                    "appendPattern", "toFormatter")),
            Map.entry("java/util/Arrays", Set.of("asList")),
            Map.entry("java/util/Collections", Set.of("emptyList")),
            Map.entry("java/util/Iterator", Set.of("hasNext", "next")),
            Map.entry("java/util/List", Set.of("iterator", "get", "size")),
            Map.entry("org/drools/model/Drools", Set.of("insert", "delete", "update")),
            Map.entry("org/drools/util/DateUtils", Set.of("getDateFormatMask")),
            Map.entry("org/kie/api/KieServices", Set.of("get", "newKieModuleModel")),
            Map.entry("org/kie/api/runtime/conf/ClockTypeOption", Set.of("get")),
            Map.entry("org/kie/util/maven/support/ReleaseIdImpl", Set.of("<init>")));
    /**
     * Packages of the executable model's rule-building DSL and of the module configuration, whose members the
     * generated code calls to describe patterns, constraints and consequences: they build a model, nothing more.
     * {@code org.drools.model.Drools}, the consequence's handle on the engine, is listed member by member above.
     */
    private static final Set<String> DSL_PACKAGES = Set.of("org/drools/model/", "org/drools/model/functions/",
            "org/drools/model/functions/accumulate/", "org/drools/model/consequences/", "org/drools/model/impl/",
            "org/drools/model/operators/", "org/drools/model/view/", "org/drools/model/bitmask/", "org/drools/modelcompiler/dsl/pattern/",
            "org/drools/modelcompiler/util/", "org/kie/api/builder/model/", "org/kie/api/conf/");
    /** Accumulate functions are created by the generated code; only their constructors are reachable. */
    private static final String ACCUMULATORS = "org/drools/core/base/accumulators/";
    private static final Map<String, Class<?>> VOCABULARY = Stream.concat(Vocabulary.FACT_TYPES.values().stream(),
                    Vocabulary.LIBRARY.keySet().stream())
            .collect(Collectors.toUnmodifiableMap(type -> type.getName().replace('.', '/'), Function.identity()));

    private GeneratedCodeMembers() {
    }

    /** Whether generated code may reference {@code member} of {@code owner}, given the classes of this build. */
    static boolean allowed(String owner, String member, Set<String> generated) {
        if (generated.contains(owner) || owner.startsWith("[")) {
            return true;
        }
        Class<?> type = VOCABULARY.get(owner);
        if (type != null && Vocabulary.allows(type, member)) {
            return true;
        }
        if (SCAFFOLDING.getOrDefault(owner, Set.of()).contains(member)) {
            return true;
        }
        if (owner.startsWith(ACCUMULATORS) && owner.lastIndexOf('/') == ACCUMULATORS.length() - 1) {
            return member.equals("<init>");
        }
        return !SCAFFOLDING.containsKey(owner) && DSL_PACKAGES.contains(owner.substring(0, owner.lastIndexOf('/') + 1));
    }

    /** Whether a generated class may extend or implement {@code type}. */
    static boolean supertype(String type, Set<String> generated) {
        return generated.contains(type) || type.equals("java/lang/Object") || type.equals("java/lang/Enum")
                || type.equals("java/io/Serializable") || !SCAFFOLDING.containsKey(type)
                && (type.startsWith("org/drools/model/") || type.startsWith("org/drools/modelcompiler/"))
                && DSL_PACKAGES.contains(type.substring(0, type.lastIndexOf('/') + 1))
                || type.equals("org/drools/modelcompiler/CanonicalKieModuleModel");
    }
}
