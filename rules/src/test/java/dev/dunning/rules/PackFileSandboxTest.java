package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile parameter and template files: numbers no rule should compute with, names and texts without bounds, and
 * YAML built to expand. Each is refused at its file and line while the rest of the pack stays as it is.
 */
class PackFileSandboxTest {
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();
    private static final String PARAMETERS = "latefees/late-fees.parameters.yaml";
    private static final String TEMPLATE = "contact/templates/first-reminder.yaml";

    static List<Arguments> hostileFiles() {
        String parameters = DefaultPolicyPack.SOURCE.files().get(PARAMETERS);
        String template = DefaultPolicyPack.SOURCE.files().get(TEMPLATE);
        return List.of(
                Arguments.of("a rate with a huge exponent", PARAMETERS,
                        parameters.replaceFirst("value: 0.003", "value: 1E+999999999"), 4, "with exponent 999999999"),
                Arguments.of("a rate with too many decimals", PARAMETERS,
                        parameters.replaceFirst("value: 0.003", "value: 0.0000000000000000001"), 4, "digits"),
                Arguments.of("a parameter name with code in it", PARAMETERS,
                        parameters.replaceFirst("lateFee.dailyRate.heating", "\"x\\\\u0022; System.exit(1)\""), 0,
                        "a name is letters, digits"),
                Arguments.of("a region that is no region code", PARAMETERS, parameters
                        + "- name: lateFee.dailyRate.gas\n  region: \"../../etc\"\n  value: 0.001\n  source: x\n", 0,
                        "a region is a code"),
                Arguments.of("a source of a million characters", PARAMETERS,
                        parameters.replaceFirst("source: \"供热合同", "source: \"" + "x".repeat(1_000_000)), 4,
                        "at most 1000 characters"),
                Arguments.of("a template text longer than any letter", TEMPLATE,
                        template.replaceFirst("zh-CN: \"", "zh-CN: \"" + "滞纳金".repeat(2_000)), 8, "longer than 4000"),
                Arguments.of("a template that expands through YAML aliases", TEMPLATE,
                        "- &a [x, x, x, x, x, x, x, x, x]\n- &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                + "- &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", 0, "Not valid YAML"),
                Arguments.of("a template nested a hundred deep", TEMPLATE, "[".repeat(100) + "]".repeat(100), 0,
                        "Not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void refusesAtItsFileAndLine(String what, String file, String content, int line, String reason) {
        Map<String, String> files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        files.put(file, content);
        CompilationResult result = COMPILER.compile(RuleSetSource.of("hostile", files));
        assertThat(result.ruleSet()).as(what).isEmpty();
        assertThat(result.errors()).as(what).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo(file);
            assertThat(error.message()).contains(reason);
            if (line > 0) {
                assertThat(error.line()).isEqualTo(line);
            }
        });
    }
}
