package dev.dunning.rules.compiler;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second layer of the sandbox: reads the classes the executable model generated from the DRL and refuses any
 * call or field access outside an allow-list: the fact model, {@code java.math}, {@code java.time} (but not the
 * clock: decisions must not depend on when they run), {@code java.util} collections, strings, numbers,
 * {@code java.lang.Math} and the Drools model API rules are compiled against. So {@code System}, {@code Runtime},
 * threads, reflection, class loading, files, network and processes are out of reach, however a rule names them.
 */
final class BytecodeGate {
    private static final Pattern ALLOWED_OWNER = Pattern.compile(
            "dev/dunning/rules/(request|facts|decision)/[\\w$]+|dev/dunning/rules/pipeline/DunningState"
                    + "|java/math/\\w+|java/time/(format/)?[\\w$]+|java/util/(function/|stream/)?[\\w$]+"
                    + "|java/lang/(String|StringBuilder|Math|StrictMath|Boolean|Integer|Long|Short|Byte|Double|Float"
                    + "|Character|Number|Enum|CharSequence|Comparable|Iterable|Record)"
                    + "|org/drools/model/(?!Drools$)[\\w/$]+|org/drools/modelcompiler/[\\w/$]+|org/drools/util/DateUtils");
    private static final Set<String> FORBIDDEN_UTIL = Set.of("java/util/Timer", "java/util/TimerTask",
            "java/util/ServiceLoader", "java/util/ResourceBundle", "java/util/Scanner", "java/util/Formatter",
            "java/util/Properties", "java/util/Random", "java/util/UUID");
    private static final Set<String> CLOCK_METHODS = Set.of("now", "systemDefaultZone", "systemUTC", "system", "random");
    private static final Map<String, Set<String>> ALLOWED_MEMBERS = Map.of(
            "java/lang/Object", Set.of("<init>", "equals", "hashCode", "toString"),
            "java/lang/System", Set.of("arraycopy"),
            "org/drools/model/Drools", Set.of("insert", "delete", "update"));
    private static final String PROJECT_MODEL = "org/drools/project/model/";
    private static final String RULE_FACTORY = "org/drools/modelcompiler/dsl/pattern/D";

    /** A reference outside the sandbox, with the rule whose generated code made it (empty when not known). */
    record Violation(String rule, String reference) {
    }

    /** Checks every generated class; {@code classes} maps class file names to their bytes. */
    List<Violation> check(Map<String, byte[]> classes) {
        Map<String, ClassModel> models = new HashMap<>();
        classes.forEach((name, bytes) -> models.put(name.replace(".class", ""), ClassFile.of().parse(bytes)));
        Map<String, String> ruleOfClass = rulesOfGeneratedClasses(models);
        Set<Violation> violations = new LinkedHashSet<>();
        models.forEach((name, model) -> {
            if (name.startsWith(PROJECT_MODEL)) {
                return;
            }
            for (MethodModel method : model.methods()) {
                String rule = ruleOfClass.getOrDefault(name, ruleNamedIn(method).orElse(null));
                method.code().ifPresent(code -> code.forEach(element -> reference(element, models.keySet())
                        .ifPresent(ref -> violations.add(new Violation(rule, ref)))));
            }
        });
        return new ArrayList<>(violations);
    }

    private static Optional<String> reference(CodeElement element, Set<String> generated) {
        String owner;
        String member;
        if (element instanceof InvokeInstruction invoke) {
            owner = invoke.owner().asInternalName();
            member = invoke.name().stringValue();
        } else if (element instanceof FieldInstruction field) {
            owner = field.owner().asInternalName();
            member = field.name().stringValue();
        } else {
            return Optional.empty();
        }
        return allowed(owner, member, generated) ? Optional.empty()
                : Optional.of(owner.replace('/', '.') + "." + member);
    }

    private static boolean allowed(String owner, String member, Set<String> generated) {
        if (generated.contains(owner) || owner.startsWith("[")) {
            return true;
        }
        if (ALLOWED_MEMBERS.containsKey(owner)) {
            return ALLOWED_MEMBERS.get(owner).contains(member);
        }
        if (owner.startsWith("java/lang/") && owner.endsWith("Exception")) {
            return member.equals("<init>") || member.equals("getMessage");
        }
        if (FORBIDDEN_UTIL.contains(owner) || CLOCK_METHODS.contains(member) && (owner.startsWith("java/time/")
                || owner.equals("java/lang/Math"))) {
            return false;
        }
        return ALLOWED_OWNER.matcher(owner).matches();
    }

    /** The rule each generated lambda class belongs to: the rule method that builds the rule refers to it. */
    private static Map<String, String> rulesOfGeneratedClasses(Map<String, ClassModel> models) {
        Map<String, String> rules = new HashMap<>();
        models.values().forEach(model -> model.methods().forEach(method -> ruleNamedIn(method).ifPresent(rule ->
                method.code().ifPresent(code -> code.forEach(element -> {
                    if (element instanceof FieldInstruction field && models.containsKey(field.owner().asInternalName())) {
                        rules.putIfAbsent(field.owner().asInternalName(), rule);
                    }
                })))));
        return rules;
    }

    /** The package-qualified rule a method builds: the two strings passed to {@code D.rule(package, name)}. */
    private static Optional<String> ruleNamedIn(MethodModel method) {
        List<String> strings = new ArrayList<>();
        return method.code().flatMap(code -> {
            for (CodeElement element : code) {
                if (element instanceof ConstantInstruction.LoadConstantInstruction load
                        && load.constantEntry() instanceof StringEntry text) {
                    strings.add(text.stringValue());
                } else if (element instanceof InvokeInstruction invoke && invoke.owner().asInternalName().equals(RULE_FACTORY)
                        && invoke.name().stringValue().equals("rule") && strings.size() >= 2) {
                    return Optional.of(strings.get(strings.size() - 2) + "." + strings.getLast());
                }
            }
            return Optional.empty();
        });
    }
}
