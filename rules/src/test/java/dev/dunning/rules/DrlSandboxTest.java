package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile DRL corpus ({@code src/test/resources/hostile/drl}): each file is something an analyst could upload to
 * run code on the host, read it, change the JVM or hang it, and says in its second line where it must be refused and
 * why. Each is refused by the policy profile with the file, that line and that reason, before anything is built;
 * nothing in the corpus runs. A new class of attack is a new file.
 */
class DrlSandboxTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile/drl");
    private static final Pattern EXPECT = Pattern.compile("// expect (\\d+): (.+)");
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".drl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesHostileRuleAtItsLineWithTheProfilePartItBreaks(String name) throws IOException {
        String text = Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        Matcher expected = EXPECT.matcher(text.lines().skip(1).findFirst().orElseThrow());
        assertThat(expected.matches()).as("second line of %s says what to expect", name).isTrue();

        CompilationResult result = compile(Map.of("hostile/" + name, text));

        assertThat(result.ruleSet()).as(name).isEmpty();
        assertThat(result.errors()).as(name + " " + result.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("hostile/" + name);
            assertThat(error.line()).isEqualTo(Integer.parseInt(expected.group(1)));
            assertThat(error.message()).startsWith("Sandbox: ").contains(expected.group(2)).contains("(policy profile: ");
        });
    }

    @AfterAll
    static void nothingInTheCorpusRan() {
        assertThat(System.getProperty("dunning.hostile.ran")).isNull();
    }

    @Test
    void compilesEveryConstructTheProfileAllows() throws IOException {
        Path allowed = Path.of("src/test/resources/profile/allowed/every-construct.drl");
        CompilationResult result = compile(Map.of("allowed/every-construct.drl", Files.readString(allowed)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.ruleSet()).isPresent();
    }

    @Test
    void theDefaultPackPassesTheProfileAndTheBytecodeGate() {
        CompilationResult result = COMPILER.compile(DefaultPolicyPack.SOURCE);
        assertThat(result.problems()).noneSatisfy(p -> assertThat(p.message()).startsWith("Sandbox"));
        assertThat(result.succeeded()).isTrue();
    }

    private static CompilationResult compile(Map<String, String> files) {
        return COMPILER.compile(RuleSetSource.of("hostile", files));
    }
}
