package dev.dunning.rules.compiler;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bytecode gate on its own, as the second layer behind the policy profile: classes written directly (not
 * generated from DRL, so no profile stands in front) that reach outside the vocabulary are refused whatever their
 * package, through calls, fields, method handles, lambda bootstrap arguments, dynamic constants or supertypes; and
 * what the executable model legitimately writes passes.
 */
class BytecodeGateTest {
    private static final ClassDesc SYSTEM = ClassDesc.of("java.lang.System");
    private static final MethodTypeDesc STRING_TO_STRING = MethodTypeDesc.of(CD_String, CD_String);
    private static final DirectMethodHandleDesc METAFACTORY = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
            ClassDesc.of("java.lang.invoke.LambdaMetafactory"), "metafactory", MethodTypeDesc.of(
                    ClassDesc.of("java.lang.invoke.CallSite"), ClassDesc.of("java.lang.invoke.MethodHandles$Lookup"),
                    CD_String, ClassDesc.of("java.lang.invoke.MethodType"), ClassDesc.of("java.lang.invoke.MethodType"),
                    ClassDesc.of("java.lang.invoke.MethodHandle"), ClassDesc.of("java.lang.invoke.MethodType")));

    static List<Arguments> hostileClasses() {
        return List.of(
                Arguments.of("a call to System.exit", "policy/x/Evil", code(c -> c.iconst_1()
                        .invokestatic(SYSTEM, "exit", MethodTypeDesc.of(CD_void, CD_int))), "java.lang.System.exit"),
                Arguments.of("the same call in the engine's own package", "org/drools/project/model/Evil",
                        code(c -> c.iconst_1().invokestatic(SYSTEM, "exit", MethodTypeDesc.of(CD_void, CD_int))),
                        "java.lang.System.exit"),
                Arguments.of("the same call in the fact model's package", "dev/dunning/rules/facts/Evil",
                        code(c -> c.iconst_1().invokestatic(SYSTEM, "exit", MethodTypeDesc.of(CD_void, CD_int))),
                        "java.lang.System.exit"),
                Arguments.of("a method reference to System::getProperty", "policy/x/Evil", code(c -> c.invokedynamic(
                        DynamicCallSiteDesc.of(METAFACTORY, "apply", MethodTypeDesc.of(ClassDesc.of("java.util.function.Function")),
                                MethodTypeDesc.of(CD_Object, CD_Object), MethodHandleDesc.ofMethod(
                                        DirectMethodHandleDesc.Kind.STATIC, SYSTEM, "getProperty", STRING_TO_STRING),
                                STRING_TO_STRING)).pop()), "java.lang.System.getProperty"),
                Arguments.of("a call site with its own bootstrap", "policy/x/Evil", code(c -> c.invokedynamic(
                        DynamicCallSiteDesc.of(MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
                                ClassDesc.of("java.lang.invoke.ConstantBootstraps"), "invoke", MethodTypeDesc.of(CD_Object)),
                                "x", MethodTypeDesc.of(CD_Object))).pop()), "dynamic call site"),
                Arguments.of("a method handle constant to Runtime.getRuntime", "policy/x/Evil", code(c -> c.ldc(
                        MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, ClassDesc.of("java.lang.Runtime"),
                                "getRuntime", MethodTypeDesc.of(ClassDesc.of("java.lang.Runtime")))).pop()),
                        "java.lang.Runtime.getRuntime"),
                Arguments.of("a dynamic constant", "policy/x/Evil", code(c -> c.ldc(DynamicConstantDesc.ofNamed(
                        ConstantDescs.BSM_NULL_CONSTANT, "_", CD_Object)).pop()), "dynamic constant"),
                Arguments.of("the JVM's default time zone", "policy/x/Evil", code(c -> c.aconst_null().invokestatic(
                        ClassDesc.of("java.util.TimeZone"), "setDefault", MethodTypeDesc.of(CD_void,
                                ClassDesc.of("java.util.TimeZone")))), "java.util.TimeZone.setDefault"),
                Arguments.of("the clock behind a vocabulary type", "policy/x/Evil", code(c -> c.invokestatic(
                        ClassDesc.of("java.time.LocalDate"), "now", MethodTypeDesc.of(ClassDesc.of("java.time.LocalDate")))
                        .pop()), "java.time.LocalDate.now"),
                Arguments.of("randomness behind Math", "policy/x/Evil", code(c -> c.invokestatic(ClassDesc.of("java.lang.Math"),
                        "random", MethodTypeDesc.of(ConstantDescs.CD_double)).pop2()), "java.lang.Math.random"),
                Arguments.of("the engine behind the consequence's handle", "policy/x/Evil", code(c -> c.aconst_null()
                        .invokeinterface(ClassDesc.of("org.drools.model.Drools"), "getKieRuntime",
                                MethodTypeDesc.of(ClassDesc.of("org.kie.api.runtime.KieRuntime"))).pop()),
                        "org.drools.model.Drools.getKieRuntime"),
                Arguments.of("a thread as supertype", "policy/x/Evil", supertype(ClassDesc.of("java.lang.Thread")),
                        "the supertype java.lang.Thread"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileClasses")
    void refuses(String what, String name, Consumer<ClassBuilder> body, String reference) {
        byte[] bytes = ClassFile.of().build(ClassDesc.ofInternalName(name), body);
        assertThat(new BytecodeGate().check(Map.of(name + ".class", bytes)))
                .anySatisfy(v -> assertThat(v.reference()).contains(reference));
    }

    @Test
    void refusesAClassItCannotRead() {
        byte[] bytes = ClassFile.of().build(ClassDesc.ofInternalName("policy/x/Evil"), code(c -> c.iconst_1()
                .invokestatic(SYSTEM, "exit", MethodTypeDesc.of(CD_void, CD_int))));
        assertThat(new BytecodeGate().check(Map.of("policy/x/Evil.class", Arrays.copyOf(bytes, bytes.length / 2))))
                .singleElement().satisfies(v -> assertThat(v.reference()).contains("unreadable"));
    }

    @Test
    void letsThroughWhatRulesMayReach() {
        Consumer<ClassBuilder> body = code(c -> c
                .getstatic(ClassDesc.of("java.math.BigDecimal"), "ONE", ClassDesc.of("java.math.BigDecimal"))
                .dup().invokevirtual(ClassDesc.of("java.math.BigDecimal"), "add", MethodTypeDesc.of(
                        ClassDesc.of("java.math.BigDecimal"), ClassDesc.of("java.math.BigDecimal"))).pop()
                .aconst_null().invokevirtual(ClassDesc.of("dev.dunning.rules.request.Account"), "id",
                        MethodTypeDesc.of(CD_String)).pop()
                .aconst_null().aconst_null().invokeinterface(ClassDesc.of("org.drools.model.Drools"), "insert",
                        MethodTypeDesc.of(CD_void, CD_Object)));
        assertThat(new BytecodeGate().check(Map.of("policy/x/Fine.class",
                ClassFile.of().build(ClassDesc.ofInternalName("policy/x/Fine"), body)))).isEmpty();
    }

    private static Consumer<ClassBuilder> code(Consumer<CodeBuilder> instructions) {
        return clazz -> clazz.withMethodBody("run", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                code -> {
                    instructions.accept(code);
                    code.return_();
                });
    }

    private static Consumer<ClassBuilder> supertype(ClassDesc type) {
        return clazz -> clazz.withSuperclass(type);
    }
}
