package dev.dunning.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./dunning policy validate FOLDER}, as an analyst runs it before uploading. */
class PolicyCliTest {
    private static final Path PACK = Path.of("..", "rules", "policy");

    @Test
    void aHostileRuleInAFolderIsReportedWithItsLineAndFailsTheCommand(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("pack.yaml"), "version: \"cli-test\"\n");
        Files.writeString(folder.resolve("hostile.drl"), """
                package policy.hostile;
                import dev.dunning.rules.request.Account;
                rule "Exits" @id("H-1") @source("test") @grade("C")
                when Account( )
                then System.exit(3);
                end
                """);
        Run run = validate(folder);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("ERROR hostile.drl:5:1 Sandbox: 'System' is not a variable, a field or an imported type of the rule vocabulary (policy profile: consequences)", "Not clean");
    }

    @Test
    void aFolderOverTheRuleLimitIsRefusedAtTheFirstRuleOverItWithoutCompiling(@TempDir Path folder) throws IOException {
        StringBuilder drl = new StringBuilder("package policy.many;\nimport dev.dunning.rules.request.Account;\n");
        for (int i = 1; i <= 501; i++) {
            drl.append("rule \"Rule ").append(i).append("\" when Account( ) then end\n");
        }
        Files.writeString(folder.resolve("many.drl"), drl);
        Run run = validate(folder);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("ERROR many.drl:503:0 Limit: rule \"Rule 501\" is rule 501 of the rule set",
                "max-rules of 500 rules", "Not clean");
    }

    @Test
    void theDefaultPackIsClean() {
        Run run = validate(PACK);
        assertThat(run.exit()).isZero();
        assertThat(run.output()).containsPattern("Scenarios: (\\d+) of \\1 passed").contains("Clean: ready to upload")
                .contains("WARNING escalation/escalation-ladder.dmn", "Decision table analysis");
    }

    private record Run(int exit, String output) {
    }

    private static Run validate(Path folder) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new PolicyCli()).execute("validate", folder.toString());
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
