package dev.dunning.service;

import static dev.dunning.service.HttpCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.datasets.portfolio.PortfolioGenerator;
import dev.dunning.datasets.portfolio.PortfolioSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each named attack on the request side, over real HTTP: refused with a problem naming the field or the limit, never
 * computed with, and the service still decides, is UP and its log verifies afterwards. The portfolio limit is lowered
 * to 1 MB here so that an oversized portfolio is cheap to send.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hostile-requests-test;DB_CLOSE_DELAY=-1",
        "dunning.limits.portfolio-upload=1MB", "dunning.batch.work-dir=target/hostile-requests-test"})
class HostileRequestsTest {
    private static final String README = Examples.heatingBeijing();
    @LocalServerPort
    int port;
    HttpCalls http;

    @BeforeEach
    void connect() {
        http = HttpCalls.at(port);
    }

    @AfterEach
    void theServiceStillServes() throws Exception {
        http.assertTheServiceStillServes("after-" + UUID.randomUUID());
    }

    @Test
    void aPrincipalOfOneFollowedByHalfABillionZerosIsRefusedNamingTheField() throws Exception {
        assertInvalid(decide(README.replace("\"principal\": 1920.00", "\"principal\": 1E+500000000")),
                "openBills[0].principal", "must be an amount in yuan with at most 12 digits");
        assertInvalid(decide(README.replace("\"principal\": 1920.00", "\"principal\": -1E-500000000")),
                "openBills[0].principal", "must be an amount in yuan");
    }

    @Test
    void aBillDueInTheYearMinus999999999IsRefusedNamingTheField() throws Exception {
        assertInvalid(decide(README.replace("\"dueDate\": \"2026-11-30\"", "\"dueDate\": \"-999999999-11-30\"")),
                "openBills[0].dueDate", "must lie between 1900-01-01 and 2200-12-31");
    }

    @Test
    void anAsOfFarFromNowIsRefusedAndTheHorizonNamesItsWindow() throws Exception {
        assertInvalid(decide(README.replace("2026-12-20T10:00:00+08:00", "2099-12-20T10:00:00+08:00")), "asOf",
                "at most P10Y before today and P1Y after it");
        assertInvalid(decide(README.replace("2026-12-20T10:00:00+08:00", "1999-12-20T10:00:00+08:00")), "asOf",
                "at most P10Y before today");
        assertInvalid(decide(README.replace("2026-12-20T10:00:00+08:00", "+999999999-12-20T10:00:00+08:00")), "asOf",
                "must lie between 1900-01-01 and 2200-12-31");
    }

    @Test
    void aTenMegabyteBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        String padded = README.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(10 * 1024 * 1024) + "\", ");
        assertTooLarge(decide(padded), "dunning.limits.json-body");
    }

    @Test
    void aBodyWithoutADeclaredLengthStopsBeingReadAtTheLimit() throws Exception {
        byte[] body = README.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(3 * 1024 * 1024) + "\", ")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.post("billing", "/api/v1/decisions", "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertTooLarge(response, "dunning.limits.json-body");
        HttpResponse<String> form = http.send(http.request("analyst", "/api/v1/shadow")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertTooLarge(form, "dunning.limits.json-body");
    }

    @Test
    void aHundredThousandElementListIsRefusedBySizeOrByItsLimit() throws Exception {
        String nulls = "[" + String.join(",", Collections.nCopies(100_000, "null")) + "]";
        assertInvalid(decide(README.replaceFirst("\"openBills\": \\[[^]]*]", "\"openBills\": " + nulls)), "openBills",
                "size must be between 0 and 500");
        String bill = "{\"id\": \"B\", \"dueDate\": \"2026-11-30\", \"principal\": 1.00}";
        String bills = "[" + String.join(",", Collections.nCopies(100_000, bill)) + "]";
        assertTooLarge(decide(README.replaceFirst("\"openBills\": \\[[^]]*]", "\"openBills\": " + bills)),
                "dunning.limits.json-body");
    }

    @Test
    void deepNestingLongNumbersAndDuplicateKeysAreMalformedOrNamed() throws Exception {
        HttpResponse<String> deep = decide(README.replaceFirst("\\{", "{\"deep\": " + "[".repeat(10_000) + "]".repeat(10_000) + ", "));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(json(deep).path("detail").asText()).contains("nesting depth");
        assertInvalid(decide(README.replace("\"principal\": 1920.00", "\"principal\": 1" + "0".repeat(1000))),
                "openBills[0]", "Number value length (1001) exceeds the maximum allowed (100");
        HttpResponse<String> duplicate = decide(README.replaceFirst("\\{", "{\"asOf\": \"2026-12-01T10:00:00+08:00\", "));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(json(duplicate).path("detail").asText()).contains("Duplicate field 'asOf'");
    }

    @Test
    void aRequestTheFirewallRefusesIsA400ProblemNotA500() throws Exception {
        HttpResponse<String> form = http.post("billing", "/api/v1/decisions", "application/x-www-form-urlencoded",
                BodyPublishers.ofString(README));
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(json(form).path("type").asText()).isEqualTo("https://dunning.dev/problems/malformed-request");
        HttpResponse<String> path = http.get("billing", "/api/v1//decisions/x");
        assertThat(path.statusCode()).isEqualTo(400);
        assertThat(path.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(path).path("detail").asText()).contains("//");
    }

    @Test
    void aHostileItemOfABatchIsRefusedAloneAndAnOversizedBatchWith413() throws Exception {
        String hostile = README.replace("BJ-0001-2026-12-20", "batch-hostile").replace("\"principal\": 1920.00", "\"principal\": 1E+500000000");
        String good = README.replace("BJ-0001-2026-12-20", "batch-good-" + UUID.randomUUID());
        HttpResponse<String> batch = http.postJson("billing", "/api/v1/decisions/batch", "[" + hostile + "," + good + "]");
        assertThat(batch.statusCode()).isEqualTo(200);
        JsonNode results = json(batch).path("results");
        assertThat(results.path(0).path("status").asInt()).isEqualTo(400);
        assertThat(results.path(0).at("/problem/errors/0/field").asText()).isEqualTo("[0].openBills[0].principal");
        assertThat(results.path(1).path("status").asInt()).isEqualTo(201);
        String padded = "[" + README.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(17 * 1024 * 1024) + "\", ") + "]";
        assertTooLarge(http.postJson("billing", "/api/v1/decisions/batch", padded), "dunning.limits.batch-body");
    }

    @Test
    void aCsvJobRejectsHostileRowsWithTheirLineAndReasonAndDecidesTheOthers() throws Exception {
        StringWriter text = new StringWriter();
        try (var csv = PortfolioCsv.writer(text)) {
            new PortfolioGenerator(new PortfolioSpec(7, 5, PortfolioSpec.DEFAULT_AS_OF)).requests().forEach(csv::write);
        }
        List<String[]> rows = read(text.toString());
        rows.get(1)[PortfolioCsv.HEADER.indexOf("openBills")] = "[{\"id\":\"B\",\"dueDate\":\"2026-11-30\",\"principal\":1E+500000000}]";
        rows.get(2)[PortfolioCsv.HEADER.indexOf("asOf")] = "2099-12-20T10:00:00+08:00";
        rows.get(3)[PortfolioCsv.HEADER.indexOf("paymentHistory")] = "[{\"dueDate\":\"-999999999-01-01\",\"amountDue\":1}]";
        StringWriter hostile = new StringWriter();
        try (CSVWriter csv = new CSVWriter(hostile, ',', '"', '"', "\n")) {
            rows.forEach(row -> csv.writeNext(row, false));
        }
        HttpResponse<String> started = http.post("billing", "/api/v1/batch/jobs", "text/csv",
                BodyPublishers.ofString(hostile.toString()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = "/api/v1/batch/jobs/" + json(started).path("id").asText();
        JsonNode done = json(http.get("billing", job));
        for (int i = 0; i < 600 && List.of("QUEUED", "RUNNING").contains(done.path("status").asText()); i++) {
            Thread.sleep(100);
            done = json(http.get("billing", job));
        }
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("decided").asLong()).isEqualTo(2);
        List<String[]> rejects = read(http.get("billing", job + "/rejects").body());
        assertThat(rejects.subList(1, rejects.size())).extracting(r -> r[0] + " " + r[1]).containsExactly(
                "2 invalid: openBills[0].principal: must be an amount in yuan with at most 12 digits before the decimal "
                        + "point and 4 after it",
                "3 invalid: asOf: must lie between " + LocalDate.now(ZoneOffset.ofHours(8)).minusYears(10) + " and "
                        + LocalDate.now(ZoneOffset.ofHours(8)).plusYears(1) + " (at most P10Y before today and P1Y after it)",
                "4 invalid: paymentHistory[0].dueDate: must lie between 1900-01-01 and 2200-12-31");
    }

    @Test
    void aContactEventInTheYear999999999IsRefusedNamingTheField() throws Exception {
        HttpResponse<String> decided = decide(README.replace("BJ-0001-2026-12-20", "contact-" + UUID.randomUUID()));
        String contact = json(decided).path("decisionId").asText();
        assertInvalid(http.postJson("billing", "/api/v1/contacts/" + contact + "/events",
                "{\"type\": \"DELIVERED\", \"at\": \"+999999999-12-20T19:02:00+08:00\"}"), "at", "must lie between");
    }

    @Test
    void aScenarioWithAHostileRequestIsAFailureNamingItsFileAndLineNotEvaluated() throws Exception {
        String scenarios = """
                scenarios:
                  - name: a principal of one followed by half a billion zeros
                    request:
                      asOf: "2026-12-20T10:00:00+08:00"
                      account: { id: H-1, utility: HEATING, region: CN-BJ, customerType: RESIDENTIAL }
                      openBills: [ { id: B-1, dueDate: "2026-11-30", principal: 1E+500000000 } ]
                """;
        HttpResponse<String> validated = upload("files", "hostile/hostile.scenarios.yaml",
                scenarios.getBytes(StandardCharsets.UTF_8));
        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
        JsonNode failure = json(validated).at("/scenarios/failures/0");
        assertThat(failure.path("file").asText()).isEqualTo("hostile/hostile.scenarios.yaml");
        assertThat(failure.path("failures").get(0).asText()).startsWith("hostile/hostile.scenarios.yaml line 2: scenario")
                .contains("not evaluated: openBills[0].principal: must be an amount in yuan");
    }

    @Test
    void aZipBombIsRefusedAtTheFirstLimitItReachesWhileItIsRead() throws Exception {
        byte[] bomb = zip(1, 64 * 1024 * 1024);
        assertThat(bomb.length).as("compressed").isLessThan(1024 * 1024);
        assertTooLarge(upload("bundle", "bomb.zip", bomb), "dunning.rules.limits.verification.max-file-size");
        assertTooLarge(upload("bundle", "many.zip", zip(501, 10)), "dunning.rules.limits.verification.max-files");
        assertTooLarge(upload("bundle", "wide.zip", zip(20, 1000 * 1024)), "dunning.rules.limits.verification.max-total-size");
    }

    @Test
    void oversizedMultipartUploadsAreRefusedWith413NamingTheirLimit() throws Exception {
        assertTooLarge(upload("files", "escalation/huge.drl", new byte[6 * 1024 * 1024]), "dunning.limits.policy-upload");
        byte[] portfolio = ("requestId\n" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertTooLarge(http.post("billing", "/api/v1/batch/jobs", "text/csv", BodyPublishers.ofByteArray(portfolio)),
                "dunning.limits.portfolio-upload");
        assertTooLarge(http.post("billing", "/api/v1/batch/jobs", "text/csv",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(portfolio))), "dunning.limits.portfolio-upload");
    }

    private static List<String[]> read(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }

    private HttpResponse<String> decide(String body) throws Exception {
        return http.postJson("billing", "/api/v1/decisions", body);
    }

    private HttpResponse<String> upload(String part, String filename, byte[] content) throws Exception {
        String boundary = "hostile-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.post("analyst", "/api/v1/rulesets/validate", "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** {@code entries} files of {@code size} zero bytes each: a few KB compressed. */
    private static byte[] zip(int entries, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[Math.min(size, 1 << 20)];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("pack/file-" + i + ".drl"));
                for (int written = 0; written < size; written += zeros.length) {
                    zip.write(zeros, 0, Math.min(zeros.length, size - written));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void assertInvalid(HttpResponse<String> response, String field, String message) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = json(response).path("errors");
        assertThat(errors.findValuesAsText("field")).as(response.body()).contains(field);
        assertThat(errors.toString()).contains(message);
    }

    private static void assertTooLarge(HttpResponse<String> response, String limit) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).isEqualTo("https://dunning.dev/problems/payload-too-large");
        assertThat(problem.path("limit").asText()).isEqualTo(limit);
        assertThat(problem.path("detail").asText()).contains(limit);
    }
}
