package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Both hostile rule corpora of the rules module (DRL and DMN), uploaded over REST as an analyst would, each as a new
 * file beside the version in force: each is refused with 422 naming its file and line, nothing is stored, and
 * afterwards the service still decides, is UP and its decision log verifies.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:hostile-uploads-test;DB_CLOSE_DELAY=-1")
class HostileUploadsTest {
    private static final Path CORPUS = Path.of("..", "rules", "src", "test", "resources", "hostile");
    private static final Pattern DRL_EXPECTATION = Pattern.compile("// expect (\\d+): .+");
    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    HttpCalls http;

    record Hostile(String file, String content, int line) {
        @Override
        public String toString() {
            return file;
        }
    }

    @BeforeEach
    void connect() {
        http = HttpCalls.at(port);
    }

    static Stream<Hostile> corpus() throws IOException {
        return Stream.concat(drl(), dmn());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithItsFileAndLineAndTheServiceStillServes(Hostile hostile) throws Exception {
        int stored = HttpCalls.json(http.get("analyst", "/api/v1/rulesets")).size();

        ResponseEntity<String> response = new RuleSetCalls(rest).upload("analyst", Map.of(hostile.file(), hostile.content()));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        JsonNode errors = json.readTree(response.getBody()).path("errors");
        assertThat(errors).as(response.getBody()).anySatisfy(error -> {
            assertThat(error.path("file").asText()).isEqualTo(hostile.file());
            assertThat(error.path("line").asInt()).isEqualTo(hostile.line());
            assertThat(error.path("message").asText()).startsWith("Sandbox: ");
        });
        assertThat(HttpCalls.json(http.get("analyst", "/api/v1/rulesets")).size()).as("nothing stored").isEqualTo(stored);
        http.assertTheServiceStillServes("after-" + UUID.randomUUID());
    }

    private static Stream<Hostile> drl() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("drl"))) {
            return files.sorted().map(HostileUploadsTest::drlCase).toList().stream();
        }
    }

    private static Hostile drlCase(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            Matcher expected = DRL_EXPECTATION.matcher(content.lines().skip(1).findFirst().orElseThrow());
            assertThat(expected.matches()).as(file.toString()).isTrue();
            return new Hostile("hostile/" + file.getFileName(), content, Integer.parseInt(expected.group(1)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DMN corpus's own index: file | line | fragment. */
    private static Stream<Hostile> dmn() throws IOException {
        Path dmn = CORPUS.resolve("dmn");
        return Files.readAllLines(dmn.resolve("index.txt")).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|")).map(cells -> {
                    try {
                        String name = cells[0].strip();
                        return new Hostile("hostile/" + name, Files.readString(dmn.resolve(name), StandardCharsets.UTF_8),
                                Integer.parseInt(cells[1].strip()));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
