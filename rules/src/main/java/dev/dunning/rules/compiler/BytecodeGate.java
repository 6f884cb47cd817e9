package dev.dunning.rules.compiler;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.ConstantDynamicEntry;
import java.lang.classfile.constantpool.LoadableConstantEntry;
import java.lang.classfile.constantpool.MethodHandleEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The second layer of the sandbox: reads every class the executable model generated from the DRL, whatever its
 * package, and refuses any reference outside {@link GeneratedCodeMembers}: calls, field accesses, method handles and
 * the bootstrap arguments of {@code invokedynamic} (where lambdas and method references point), supertypes, and
 * dynamic constants. A class it cannot read is refused too. So {@code System}, {@code Runtime}, threads, reflection,
 * class loading, files, network, processes, the clock and JVM-wide settings are out of reach however a rule names
 * them, and the profile's checks are backed by exact owners and members.
 */
final class BytecodeGate {
    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory", "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat");
    private static final String RULE_FACTORY = "org/drools/modelcompiler/dsl/pattern/D";

    /** A reference outside the sandbox, with the rule whose generated code made it (empty when not known). */
    record Violation(String rule, String reference) {
    }

    /** Checks every generated class; {@code classes} maps class file names to their bytes. */
    List<Violation> check(Map<String, byte[]> classes) {
        Map<String, ClassModel> models = new HashMap<>();
        Set<Violation> violations = new LinkedHashSet<>();
        classes.forEach((file, bytes) -> {
            try {
                ClassModel model = ClassFile.of().parse(bytes);
                models.put(model.thisClass().asInternalName(), model);
            } catch (RuntimeException e) {
                violations.add(new Violation(null, "an unreadable generated class " + file));
            }
        });
        Map<String, String> ruleOfClass = rulesOfGeneratedClasses(models);
        models.forEach((name, model) -> {
            String classRule = ruleOfClass.get(name);
            supertypes(model).filter(type -> !GeneratedCodeMembers.supertype(type, models.keySet()))
                    .forEach(type -> violations.add(new Violation(classRule, "the supertype " + type.replace('/', '.'))));
            for (MethodModel method : model.methods()) {
                String rule = classRule != null ? classRule : ruleNamedIn(method).orElse(null);
                method.code().ifPresent(code -> code.forEach(element -> references(element).stream()
                        .filter(ref -> !ref.allowed(models.keySet()))
                        .forEach(ref -> violations.add(new Violation(rule, ref.toString())))));
            }
        });
        return new ArrayList<>(violations);
    }

    private static Stream<String> supertypes(ClassModel model) {
        return Stream.concat(model.superclass().stream(), model.interfaces().stream()).map(ClassEntry::asInternalName);
    }

    /** A member an instruction refers to; {@code owner} null marks something refused whatever it names. */
    private record Reference(String owner, String member) {
        boolean allowed(Set<String> generated) {
            return owner != null && GeneratedCodeMembers.allowed(owner, member, generated);
        }

        @Override
        public String toString() {
            return owner == null ? member : owner.replace('/', '.') + "." + member;
        }
    }

    private static List<Reference> references(CodeElement element) {
        return switch (element) {
            case InvokeInstruction invoke -> List.of(new Reference(invoke.owner().asInternalName(), invoke.name().stringValue()));
            case FieldInstruction field -> List.of(new Reference(field.owner().asInternalName(), field.name().stringValue()));
            case InvokeDynamicInstruction dynamic -> dynamic(dynamic);
            case ConstantInstruction.LoadConstantInstruction load -> constant(load.constantEntry());
            default -> List.of();
        };
    }

    /** The bootstrap of a lambda or string concatenation, and every method its arguments point to. */
    private static List<Reference> dynamic(InvokeDynamicInstruction dynamic) {
        List<Reference> references = new ArrayList<>();
        String bootstrap = internalName(dynamic.bootstrapMethod().owner()) + "." + dynamic.bootstrapMethod().methodName();
        if (!BOOTSTRAPS.contains(bootstrap)) {
            references.add(new Reference(null, "the dynamic call site " + bootstrap.replace('/', '.')));
        }
        for (ConstantDesc argument : dynamic.bootstrapArgs()) {
            switch (argument) {
                case DirectMethodHandleDesc handle -> references.add(handle(handle));
                case MethodTypeDesc type -> { }
                case ClassDesc type -> { }
                case String text -> { }
                case Integer number -> { }
                default -> references.add(new Reference(null, "a dynamic constant " + argument));
            }
        }
        return references;
    }

    private static List<Reference> constant(LoadableConstantEntry entry) {
        return switch (entry) {
            case MethodHandleEntry handle -> List.of(handle(handle.asSymbol()));
            case ConstantDynamicEntry dynamic -> List.of(new Reference(null, "a dynamic constant " + dynamic.name().stringValue()));
            default -> List.of();
        };
    }

    private static Reference handle(DirectMethodHandleDesc handle) {
        return new Reference(internalName(handle.owner()), handle.methodName());
    }

    private static String internalName(ClassDesc type) {
        String descriptor = type.descriptorString();
        return descriptor.startsWith("L") ? descriptor.substring(1, descriptor.length() - 1) : descriptor;
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
