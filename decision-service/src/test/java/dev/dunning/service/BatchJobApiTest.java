package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.datasets.portfolio.PortfolioGenerator;
import dev.dunning.datasets.portfolio.PortfolioSpec;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * CSV batch jobs over REST: a generated portfolio with one bad row is uploaded, decided in the background through
 * the decision log, and its decisions and rejects downloaded.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:batch-job-test;DB_CLOSE_DELAY=-1",
        "dunning.batch.work-dir=target/batch-job-test"})
class BatchJobApiTest {
    private static final int ACCOUNTS = 120;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPortfolioIsDecidedInTheBackgroundEveryDecisionLoggedAndItsFilesDownloaded() throws Exception {
        ResponseEntity<String> started = call(HttpMethod.POST, "/api/v1/batch/jobs", portfolio(), "text/csv");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();

        JsonNode done = awaitEnd(location);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("decided").asLong()).isEqualTo(ACCOUNTS);
        assertThat(done.path("rejected").asLong()).isEqualTo(1);
        List<String[]> decisions = csv(call(HttpMethod.GET, location + "/decisions", null, null).getBody());
        assertThat(decisions).hasSize(ACCOUNTS + 1);
        assertThat(csv(call(HttpMethod.GET, location + "/rejects", null, null).getBody()).get(1)[0]).isEqualTo("7");
        String firstRequestId = decisions.get(1)[List.of(decisions.getFirst()).indexOf("requestId")];
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where kind = 'DECISION' and actor = 'billing'",
                Integer.class)).as("every decision is in the log").isEqualTo(ACCOUNTS);
        assertThat(jdbc.queryForObject("select actor from audit_entry where request_id = ?", String.class, firstRequestId))
                .isEqualTo("billing");
    }

    @Test
    void aFileWithoutThePortfolioHeaderAnUnknownJobAndAnUnfinishedJobsFilesAreProblems() {
        ResponseEntity<String> bad = call(HttpMethod.POST, "/api/v1/batch/jobs", "id,name\n1,x\n", "text/csv");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("\"field\":\"file\"");
        assertThat(call(HttpMethod.GET, "/api/v1/batch/jobs/no-such-job", null, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("analyst", "analyst-demo").getForEntity("/api/v1/batch/jobs/x", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode awaitEnd(String location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = json.readTree(call(HttpMethod.GET, location, null, null).getBody());
            if (!List.of("QUEUED", "RUNNING").contains(job.path("status").asText())) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job did not end in 3 minutes");
    }

    /** Generated accounts with a row of too few cells at line 7. */
    private static String portfolio() throws Exception {
        StringWriter text = new StringWriter();
        try (var csv = PortfolioCsv.writer(text)) {
            new PortfolioGenerator(new PortfolioSpec(11, ACCOUNTS, PortfolioSpec.DEFAULT_AS_OF)).requests().forEach(csv::write);
        }
        List<String> lines = new java.util.ArrayList<>(text.toString().lines().toList());
        lines.add(6, "not,a,portfolio,row");
        return String.join("\n", lines) + "\n";
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String body, String type) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(MediaType.parseMediaType(type));
        }
        return http.withBasicAuth("billing", "billing-demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static List<String[]> csv(String text) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            return reader.readAll();
        }
    }
}
