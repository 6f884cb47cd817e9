package dev.dunning.rules;

import java.util.LinkedHashMap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Compile errors come back as data with the file, line and message, whichever part of the rule set is wrong. */
class RuleSetCompilerTest {
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();
    private static final String HEADER = """
            package policy.broken;
            import dev.dunning.rules.request.Account;
            import dev.dunning.rules.decision.Protection;

            """;

    @Test
    void reportsADrlSyntaxErrorOnItsLine() {
        CompilationResult result = compileWith("broken/syntax.drl", HEADER + """
                rule "missing then"
                when
                    Account( )
                    insert(new Protection("X", "y", "z"));
                end
                """);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("broken/syntax.drl");
            assertThat(error.line()).isBetween(7, 9);
        });
    }

    @Test
    void reportsAnUnknownFieldOnTheDrlLineOfItsConstraint() {
        CompilationResult result = compileWith("broken/field.drl", HEADER + """
                rule "unknown field"
                when
                    Account( shoeSize > 3 )
                then
                    insert(new Protection("X", "y", "z"));
                end
                """);
        assertThat(result.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("broken/field.drl");
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.message()).contains("shoeSize");
        });
    }

    @Test
    void reportsAnErrorInAConsequenceWithinItsRule() {
        CompilationResult result = compileWith("broken/consequence.drl", HEADER + """
                rule "bad consequence"
                when
                    $a : Account( )
                then
                    insert(new Protection($a.noSuchMethod(), "y", "z"));
                end
                """);
        assertThat(result.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("broken/consequence.drl");
            assertThat(error.line()).isBetween(5, 10);
            assertThat(error.message()).contains("noSuchMethod");
        });
    }

    @Test
    void reportsAnInvalidFeelExpressionInTheDecisionTableWithItsFile() {
        String ladder = DefaultPolicyPack.SOURCE.files().get("escalation/escalation-ladder.dmn")
                .replace("<text>&gt;= 1</text>", "<text>&gt;= 1 +</text>");
        CompilationResult result = compileWith("escalation/escalation-ladder.dmn", ladder);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("escalation/escalation-ladder.dmn");
            assertThat(error.line()).isPositive();
            assertThat(error.message()).contains(">= 1 +", "ladder-first-reminder");
        });
    }

    @Test
    void reportsMalformedParametersWithTheirLine() {
        CompilationResult result = compileWith("latefees/late-fees.parameters.yaml", "- name: lateFee.dailyRate.heating\n  value: [oops\n");
        assertThat(result.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("latefees/late-fees.parameters.yaml");
            assertThat(error.line()).isPositive();
        });
    }

    @Test
    void rejectsAParameterSetTwiceForTheSameRegion() {
        CompilationResult result = compileWith("extra.parameters.yaml",
                "- name: lateFee.dailyRate.heating\n  value: 0.002\n  source: duplicate\n");
        assertThat(result.errors()).anySatisfy(error ->
                assertThat(error.message()).contains("lateFee.dailyRate.heating", "set twice"));
    }

    @Test
    void theDefaultPackCompilesWithoutErrors() {
        CompilationResult result = COMPILER.compile(DefaultPolicyPack.SOURCE);
        assertThat(result.errors()).isEmpty();
        assertThat(result.ruleSet()).get().satisfies(rs -> assertThat(rs.hash()).hasSize(64));
    }

    @Test
    void theHashChangesWithAnyFileAndNotWithTheOrderFilesWereGivenIn() {
        TreeMap<String, String> files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        RuleSetSource reordered = RuleSetSource.of("x", new LinkedHashMap<>(files.descendingMap()));
        assertThat(reordered.hash()).isEqualTo(DefaultPolicyPack.SOURCE.hash());
        String parameters = "latefees/late-fees.parameters.yaml";
        files.put(parameters, files.get(parameters).replace("0.003", "0.002"));
        assertThat(RuleSetSource.of("x", files).hash()).isNotEqualTo(DefaultPolicyPack.SOURCE.hash());
    }

    private static CompilationResult compileWith(String path, String content) {
        Map<String, String> files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        files.put(path, content);
        return COMPILER.compile(RuleSetSource.of("test", files));
    }
}
