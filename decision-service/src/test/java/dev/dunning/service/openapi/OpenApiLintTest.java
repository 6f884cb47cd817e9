package dev.dunning.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The live OpenAPI document as a client generator reads it: the Redocly CLI (pinned) with its {@code recommended}
 * rules finds no error, and no warning but those accepted below. Needs {@code npx} (Node.js 20 and npm) and the npm
 * registry on the first run; without {@code npx} the test is skipped.
 */
@ServiceWithTestClients
class OpenApiLintTest {
    static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final long TIME_LIMIT_MINUTES = 5;
    /** info-license: the repository states no licence yet, so the document cannot name one. */
    private static final Set<String> ACCEPTED_WARNINGS = Set.of("info-license");
    private static final Logger log = LoggerFactory.getLogger(OpenApiLintTest.class);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @TempDir
    Path folder;

    @Test
    void redoclyFindsNoErrorInTheDocument() throws Exception {
        assumeTrue(onPath("npx"), "npx is not on the PATH: install Node.js 20 with npm to lint the OpenAPI document");
        Files.writeString(folder.resolve("openapi.json"), http.getForObject("/v3/api-docs", String.class));
        Files.writeString(folder.resolve("redocly.yaml"), "extends:\n  - recommended\n");

        JsonNode report = lint();

        List<JsonNode> problems = report.path("problems").valueStream().toList();
        log.info("Redocly {} on /v3/api-docs: {} errors, {} warnings", REDOCLY, report.at("/totals/errors").asInt(),
                report.at("/totals/warnings").asInt());
        problems.forEach(p -> log.info("{} {}: {} at {}", p.path("severity").asText(), p.path("ruleId").asText(),
                p.path("message").asText(), p.at("/location/0/pointer").asText()));
        assertThat(problems).as("errors").noneMatch(p -> p.path("severity").asText().equals("error"));
        assertThat(problems).as("warnings").allMatch(p -> ACCEPTED_WARNINGS.contains(p.path("ruleId").asText()));
    }

    /** Runs the linter in the temporary folder, ended if it takes longer than the limit (a first run downloads it). */
    private JsonNode lint() throws Exception {
        File out = folder.resolve("lint.json").toFile();
        File err = folder.resolve("lint.err").toFile();
        ProcessBuilder builder = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", "openapi.json",
                "--config=redocly.yaml", "--format=json").directory(folder.toFile()).redirectOutput(out).redirectError(err);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        if (!process.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("npx " + REDOCLY + " did not finish in " + TIME_LIMIT_MINUTES + " minutes: " + Files.readString(err.toPath()));
        }
        if (process.exitValue() > 1 || out.length() == 0) {
            fail("npx " + REDOCLY + " failed (exit " + process.exitValue() + "): " + Files.readString(err.toPath()));
        }
        return json.readTree(out);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}
