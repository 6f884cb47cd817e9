package dev.dunning.rules.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A wrong template is a compile error of the rule set, at its file and line, like a DRL error. */
class TemplateValidationTest {
    private static final String FILE = "contact/templates/broken.yaml";

    private static String template(String id, String step, String customerType, String text) {
        return """
                - id: %s
                  step: %s
                  customerType: %s
                  tone: FIRM
                  source: "test"
                  text:
                %s""".formatted(id, step, customerType, text);
    }

    private static final String BOTH = """
                zh-CN: "{name}，您好！"
                en: "Dear {name},"
            """;

    @Test
    void refusesAnUnknownPlaceholderOnTheLineOfItsText() {
        String file = template("t1", "PRE_DUE_REMINDER", "RESIDENTIAL", """
                    zh-CN: "{name}，您好！"
                    en: "Dear {name}, we will visit {address}."
                """);
        assertThat(compileWith(file).errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(FILE);
            assertThat(error.line()).isEqualTo(8);
            assertThat(error.message()).contains("t1", "unknown placeholder {address}", "en");
        });
    }

    @Test
    void refusesATemplateWithoutOneOfItsLanguages() {
        String file = template("t1", "PRE_DUE_REMINDER", "RESIDENTIAL", """
                    zh-CN: "{name}，您好！"
                """);
        assertThat(compileWith(file).errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(FILE);
            assertThat(error.line()).isEqualTo(6);
            assertThat(error.message()).contains("t1", "has no en text");
        });
    }

    @Test
    void refusesAnIdUsedTwice() {
        String file = template("t1", "PRE_DUE_REMINDER", "RESIDENTIAL", BOTH)
                + template("t1", "PRE_DUE_REMINDER", "NON_RESIDENTIAL", BOTH);
        assertThat(compileWith(file).errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(FILE);
            assertThat(error.line()).isEqualTo(9);
            assertThat(error.message()).contains("t1", "used twice");
        });
    }

    @Test
    void refusesAnUnknownStepAndCustomerTypeOnTheirLines() {
        String file = template("t1", "FINAL_WARNING", "HOUSEHOLD", BOTH);
        assertThat(compileWith(file).errors()).extracting(CompileProblem::line, CompileProblem::message).containsExactly(
                tuple(2, "Template t1: unknown step FINAL_WARNING (one of NONE, "
                        + "PRE_DUE_REMINDER, FIRST_REMINDER, SECOND_REMINDER, DEMAND_NOTICE, FIELD_VISIT, "
                        + "RESTRICTION_NOTICE, RESTRICTION, LEGAL_REFERRAL)"),
                tuple(3, "Template t1: unknown customerType HOUSEHOLD (one of RESIDENTIAL, NON_RESIDENTIAL)"));
    }

    @Test
    void refusesASecondTemplateForTheSameStepCustomerTypeAndTone() {
        String file = template("t1", "PRE_DUE_REMINDER", "RESIDENTIAL", BOTH)
                + template("t2", "PRE_DUE_REMINDER", "RESIDENTIAL", BOTH);
        assertThat(TemplateFiles.read(Map.of(FILE, file)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.message()).contains("t2", "PRE_DUE_REMINDER, RESIDENTIAL, FIRM");
        });
    }

    @Test
    void locatesAnUnknownPlaceholderInsideALiteralBlock() {
        String file = template("t1", "PRE_DUE_REMINDER", "RESIDENTIAL", """
                    zh-CN: |
                      {name}，您好！
                      请致电{phone}。
                    en: "Dear {name},"
                """);
        assertThat(TemplateFiles.read(Map.of(FILE, file)).problems())
                .singleElement().extracting(TemplateProblem::line).isEqualTo(9);
    }

    @Test
    void reportsBrokenYamlOnItsLine() {
        assertThat(TemplateFiles.read(Map.of(FILE, "- id: t1\n  step: [FIRST_REMINDER\n")).problems())
                .singleElement().satisfies(problem -> assertThat(problem.message()).startsWith("Not valid YAML"));
    }

    @Test
    void theCompiledDefaultPackCarriesItsTemplates() {
        assertThat(DefaultPolicyPack.compiled().templates().byId("demand-notice.residential.firm")).isPresent();
    }

    private static CompilationResult compileWith(String content) {
        CompilationResult result = new RuleSetCompiler().compile(RuleSetSource.of("test", withDefaultPack(content)));
        assertThat(result.succeeded()).isFalse();
        return result;
    }

    private static Map<String, String> withDefaultPack(String content) {
        Map<String, String> files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        files.put(FILE, content);
        return files;
    }
}
