package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.service.HostileBodies.Hostile;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 10,000 generated hostile requests sent to the running service over HTTP (started on a random port, as a billing
 * system with its own API key): huge and tiny numbers, far dates, long strings, deep nesting, wrong types, unknown
 * enums, big lists, nulls in lists, duplicate keys, broken bodies, batches of them. None is answered 5xx, each is
 * answered (a decision, or a problem), and afterwards the service decides the README example, is UP and its decision
 * log verifies.
 */
class HostileRequestsProperties {
    private static final String KEY = "fuzz-billing-key-for-tests-only";
    private static final AtomicLong IDS = new AtomicLong();
    private static ConfigurableApplicationContext service;
    private static HttpCalls http;

    @BeforeContainer
    static void start() {
        service = new SpringApplicationBuilder(DunningApplication.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:mem:hostile-properties;DB_CLOSE_DELAY=-1",
                "--dunning.security.api-keys[0].name=fuzz", "--dunning.security.api-keys[0].roles[0]=BILLING",
                "--dunning.security.api-keys[0].sha256=2c26ac92519e431c61bf96275de8cb6e456f15ec0688f08b57c09ed87f7f2077",
                "--dunning.batch.work-dir=target/hostile-properties",
                "--logging.level.dev.dunning=WARN", "--logging.level.org.springframework.web=ERROR");
        http = HttpCalls.at(((ServletWebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Provide
    Arbitrary<Hostile> hostile() {
        return HostileBodies.any();
    }

    /** At least one request in twenty is decided: the fuzz reaches the pipeline with extreme values within bounds. */
    @Property(tries = 10_000, shrinking = ShrinkingMode.BOUNDED)
    void noHostileRequestIsAnswered5xxAndEachIsAnsweredWithADecisionOrAProblem(@ForAll("hostile") Hostile hostile)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.base().resolve(hostile.path()))
                .header("X-API-Key", KEY).header("Content-Type", hostile.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(withUniqueIds(hostile.body()))).build());
        int status = response.statusCode();
        Statistics.label("status").collect(status / 100 + "xx");
        Statistics.label("kind").collect(hostile.what());
        Statistics.label("status").coverage(coverage -> coverage.check("2xx").percentage(p -> p >= 5));
        assertThat(status).as(response.body()).isBetween(200, 499);
        assertThat(status / 100).as("2xx or 4xx").isNotEqualTo(3);
        JsonNode body = HttpCalls.json(response);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(body.path("status").asInt()).isEqualTo(status);
        } else if (hostile.path().endsWith("/batch")) {
            assertThat(body.path("results").findValuesAsText("status")).allSatisfy(
                    item -> assertThat(Integer.parseInt(item)).as(body.toString()).isBetween(200, 499));
        } else {
            assertThat(body.path("decisionId").asText()).isNotEmpty();
        }
    }

    @AfterProperty
    void theServiceStillDecidesIsUpAndItsLogVerifies() throws Exception {
        http.assertTheServiceStillServes("after-fuzz-" + IDS.incrementAndGet());
    }

    private static byte[] withUniqueIds(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains(HostileBodies.ID)) {
            return body;
        }
        StringBuilder unique = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(HostileBodies.ID); at >= 0; at = text.indexOf(HostileBodies.ID, from)) {
            unique.append(text, from, at).append("fuzz-").append(IDS.incrementAndGet());
            from = at + HostileBodies.ID.length();
        }
        return unique.append(text.substring(from)).toString().getBytes(StandardCharsets.UTF_8);
    }
}
