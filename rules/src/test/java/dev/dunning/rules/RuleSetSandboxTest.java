package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile DMN files are refused with the file, the line and what they reached for (DRL: {@link DrlSandboxTest}). */
class RuleSetSandboxTest {
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();

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

    private static CompilationResult compile(Map<String, String> files) {
        return COMPILER.compile(RuleSetSource.of("hostile", files));
    }
}
