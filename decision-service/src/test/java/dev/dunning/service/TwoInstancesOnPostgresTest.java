package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Two instances of the service on one PostgreSQL database: each compiles an approved version in the background; once
 * it is activated on one, it is in force on the other within 2 seconds; each reports the hash it serves.
 */
@RequiresPostgres
class TwoInstancesOnPostgresTest {
    private static final String SCHEMA = "dunning_two_" + Long.toHexString(System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stopAndDropSchema() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        try (var connection = DriverManager.getConnection(RequiresPostgres.URL, RequiresPostgres.USER, "")) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void anActivationOnOneInstanceIsInForceOnTheOtherWithinTwoSeconds() throws Exception {
        TestRestTemplate a = client(first);
        TestRestTemplate b = client(second);
        String before = served(b);
        assertThat(served(a)).isEqualTo(before);
        String hash = approvedChange(a);
        long approved = System.nanoTime();
        while (!(compiled(a, hash) && compiled(b, hash)) && System.nanoTime() - approved < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(50);
        }
        assertThat(compiled(b, hash)).as("the second instance compiled the approved version in the background").isTrue();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(a.withBasicAuth("reviewer", "reviewer-demo").postForEntity("/api/v1/rulesets/" + hash + "/activate",
                new HttpEntity<>("{\"comment\":\"two instances\"}", headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long activated = System.nanoTime();
        while (!served(b).equals(hash) && System.nanoTime() - activated < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(20);
        }
        Duration lag = Duration.ofNanos(System.nanoTime() - activated);
        System.err.println("Two instances: activation on the first in force on the second after " + lag.toMillis() + " ms");
        assertThat(served(b)).isEqualTo(hash);
        assertThat(served(a)).isEqualTo(hash);
        assertThat(lag).isLessThan(Duration.ofSeconds(2));
    }

    private static String approvedChange(TestRestTemplate a) throws Exception {
        String ladder = Files.readString(Path.of("..", "rules", "policy", "escalation", "escalation-ladder.dmn"))
                .replace("No open bill: nothing to collect", "No open bill: nothing to collect (two instances)");
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", new ByteArrayResource(ladder.getBytes()) {
            @Override
            public String getFilename() {
                return "escalation/escalation-ladder.dmn";
            }
        });
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> uploaded = a.withBasicAuth("lead", "lead-demo")
                .postForEntity("/api/v1/rulesets", new HttpEntity<>(parts, multipart), String.class);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String hash = JSON.readTree(uploaded.getBody()).path("hash").asText();
        a.withBasicAuth("lead", "lead-demo").postForEntity("/api/v1/rulesets/" + hash + "/submit", null, String.class);
        a.withBasicAuth("reviewer", "reviewer-demo").postForEntity("/api/v1/rulesets/" + hash + "/approve", null, String.class);
        return hash;
    }

    private static boolean compiled(TestRestTemplate instance, String hash) throws Exception {
        JsonNode info = JSON.readTree(instance.getForObject("/actuator/info", String.class));
        for (JsonNode compiled : info.at("/ruleSet/compiled")) {
            if (compiled.asText().equals(hash)) {
                return true;
            }
        }
        return false;
    }

    private static String served(TestRestTemplate instance) throws Exception {
        JsonNode info = JSON.readTree(instance.getForObject("/actuator/info", String.class));
        return info.at("/ruleSet/hash").asText();
    }

    private static TestRestTemplate client(ConfigurableApplicationContext instance) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }

    /** One instance, configured on the command line as an operator would (it overrides the profile's defaults). */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DunningApplication.class).profiles("postgres", "demo").run(
                "--server.port=0",
                "--spring.datasource.url=" + RequiresPostgres.URL + "?currentSchema=" + SCHEMA,
                "--spring.datasource.username=" + RequiresPostgres.USER,
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.create-schemas=true");
    }
}
