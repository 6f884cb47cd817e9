package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile rule files are refused with the file, the line and what they reached for; the sandbox checks the parsed
 * rules and the code generated from them, so a fully qualified name or a call in a constraint does not slip through.
 */
class RuleSetSandboxTest {
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exits the JVM                  | System.exit(3);                                                           | java.lang.System.exit
            prints                         | System.out.println("hi");                                                 | java.lang.System.out
            reads a file                   | new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/etc/passwd"))); | java.nio.file
            starts a process               | new ProcessBuilder("sh", "-c", "id").start();                             | java.lang.ProcessBuilder
            runs a command                 | Runtime.getRuntime().exec(new String[] {"id"});                           | java.lang.Runtime
            loads a class by name          | Class.forName("java.lang.Runtime");                                       | java.lang.Class.forName
            starts a thread                | new Thread(() -> {}).start();                                             | java.lang.Thread
            reaches a class loader         | "x".getClass().getClassLoader();                                          | java.lang.Object.getClass
            opens a socket                 | new java.net.Socket("example.com", 80);                                   | java.net.Socket
            reads the clock                | insert(java.time.LocalDate.now());                                        | java.time.LocalDate.now
            """)
    void refusesAConsequenceThat(String what, String consequence, String reference) {
        CompilationResult result = compile(rule("Account( )", consequence));
        assertThat(result.ruleSet()).isEmpty();
        assertThat(result.errors()).as(what).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("hostile/hostile.drl");
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.message()).contains("Sandbox", "Rule \"Hostile\"", reference);
        });
    }

    @Test
    void refusesAConstraintThatReadsASystemProperty() {
        CompilationResult result = compile(rule("Account( id == System.getProperty(\"user.home\") )", "insert(\"x\");"));
        assertThat(result.errors()).anySatisfy(error -> assertThat(error.message()).contains("java.lang.System.getProperty"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an import of java.io       | import java.io.File;                                  | 2 | import java.io.File
            a function                 | function void boom() { }                              | 2 | function boom
            a global                   | global java.util.List out;                            | 2 | global out
            an accumulate import       | import accumulate java.lang.Object sneaky;            | 2 | import accumulate
            the MVEL dialect           | dialect "mvel"                                        | 2 | dialect
            """)
    void refusesAFileThatDeclares(String what, String declaration, int line, String message) {
        String drl = "package hostile;\n" + declaration + "\nimport dev.dunning.rules.request.Account;\n"
                + "rule \"Quiet\" @id(\"Q\") @source(\"test\") @grade(\"C\")\nwhen Account( )\nthen insert(\"x\");\nend\n";
        CompilationResult result = compile(Map.of("hostile/hostile.drl", drl));
        assertThat(result.ruleSet()).isEmpty();
        assertThat(result.errors()).as(what).anySatisfy(error -> {
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.message()).startsWith("Sandbox:").contains(message);
        });
    }

    @Test
    void refusesFeelExternalFunctionsAndJavaFunctionDefinitions() {
        String external = DefaultPolicyPack.SOURCE.files().get("escalation/escalation-ladder.dmn").replace(
                "<text>&lt;= 0</text>", "<text>function(x) external { java: { class: \"java.lang.System\","
                        + " method signature: \"exit(int)\" } }</text>");
        CompilationResult result = compile(Map.of("escalation/escalation-ladder.dmn", external));
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("escalation/escalation-ladder.dmn");
            assertThat(error.line()).isPositive();
            assertThat(error.message()).contains("Sandbox", "external");
        });
        String javaKind = external.replace("<decision id=\"escalation\"", "<businessKnowledgeModel id=\"bkm\" name=\"bkm\">"
                + "<encapsulatedLogic kind=\"Java\"><literalExpression><text>1</text></literalExpression></encapsulatedLogic>"
                + "</businessKnowledgeModel><decision id=\"escalation\"");
        assertThat(compile(Map.of("ladder.dmn", javaKind)).errors()).anySatisfy(error ->
                assertThat(error.message()).contains("kind Java"));
    }

    @Test
    void letsHarmlessRulesThrough() {
        CompilationResult result = compile(rule("Account( $id : id, region.startsWith(\"CN\") )",
                "insert(new java.math.BigDecimal(\"1\").add(java.math.BigDecimal.ONE).max(java.math.BigDecimal.TEN));"
                        + " java.util.List<String> l = new java.util.ArrayList<>(); l.add($id); insert(Math.max(1, l.size()));"));
        assertThat(result.errors()).isEmpty();
    }

    private static Map<String, String> rule(String when, String then) {
        return Map.of("hostile/hostile.drl", """
                package hostile;
                import dev.dunning.rules.request.Account;

                rule "Hostile" @id("H-1") @source("test") @grade("C")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then));
    }

    private static CompilationResult compile(Map<String, String> files) {
        return COMPILER.compile(RuleSetSource.of("hostile", files));
    }
}
