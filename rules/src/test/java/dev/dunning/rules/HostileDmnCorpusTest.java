package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile DMN corpus ({@code src/test/resources/hostile/dmn}): each file is refused by the one compiler with the
 * file, the line and a message saying which part of the DMN profile it breaks, before KIE reads it. The corpus grows
 * by adding a file and its line in {@code index.txt}.
 */
class HostileDmnCorpusTest {
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();
    private static final Path CORPUS = resource("hostile/dmn");

    record Case(String file, int line, String fragment) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("index.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\s*\\|\\s*", 3))
                .map(parts -> new Case(parts[0].strip(), Integer.parseInt(parts[1]), parts[2].strip()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refuses(Case hostile) throws IOException {
        String path = "hostile/" + hostile.file();
        String content = Files.readString(CORPUS.resolve(hostile.file()), StandardCharsets.UTF_8);
        CompilationResult result = COMPILER.compile(RuleSetSource.of("hostile", Map.of(path, content)));
        assertThat(result.ruleSet()).isEmpty();
        assertThat(result.errors()).as(hostile.file()).allSatisfy(error ->
                assertThat(error.message()).as("only the sandbox answers: KIE never read the file").startsWith("Sandbox:"));
        assertThat(result.errors()).as(hostile.file()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo(path);
            assertThat(error.line()).isEqualTo(hostile.line());
            assertThat(error.message()).contains(hostile.fragment());
        });
    }

    @Test
    void everyCorpusFileIsListedInTheIndex() throws IOException {
        List<String> listed = corpus().map(Case::file).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".dmn")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void theDefaultPackHasNoSandboxProblem() {
        assertThat(DefaultPolicyPack.compiled().warnings()).map(CompileProblem::message)
                .noneMatch(message -> message.startsWith("Sandbox"));
        assertThat(COMPILER.analyzeDecisionTables(DefaultPolicyPack.SOURCE)).map(CompileProblem::message)
                .noneMatch(message -> message.startsWith("Sandbox"));
    }

    @Test
    void letsEverythingTheProfileAllowsThroughToKie() throws IOException {
        String benign = Files.readString(resource("sandbox/dmn").resolve("benign.dmn"), StandardCharsets.UTF_8);
        CompilationResult result = COMPILER.compile(RuleSetSource.of("benign", Map.of("benign/benign.dmn", benign)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.ruleSet()).isPresent();
    }

    @Test
    void tableAnalysisNeverHandsARefusedFileToKie() throws IOException {
        String hostile = Files.readString(CORPUS.resolve("doctype-internal-entity-to-external.dmn"), StandardCharsets.UTF_8);
        RuleSetSource source = RuleSetSource.of("hostile", Map.of("hostile/ladder.dmn", hostile));
        assertThat(COMPILER.analyzeDecisionTables(source)).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.message()).startsWith("Sandbox:").contains("DOCTYPE");
        });
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(HostileDmnCorpusTest.class.getClassLoader().getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
