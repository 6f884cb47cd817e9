package dev.dunning.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.service.DecisionCalls;
import dev.dunning.service.Examples;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/** {@code ./dunning audit verify}, through the service and straight from its database, before and after tampering. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=" + AuditCliTest.DATABASE)
class AuditCliTest {
    static final String DATABASE = "jdbc:h2:mem:audit-cli-test;DB_CLOSE_DELAY=-1";
    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void verifiesTheChainThroughTheServiceAndFromTheDatabaseAndReportsTheBrokenEntry() {
        new DecisionCalls(http).post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "cli-1"));
        String url = "--url=http://localhost:" + port;
        assertThat(run("verify", url, "--password=auditor-demo")).startsWith("0 INTACT");
        assertThat(run("verify", "--jdbc-url=" + DATABASE)).startsWith("0 INTACT");

        long seq = jdbc.queryForObject("select seq from audit_entry where request_id = 'cli-1'", Long.class);
        jdbc.update("update audit_entry set actor = 'someone-else' where seq = ?", seq);
        try {
            assertThat(run("verify", "--jdbc-url=" + DATABASE)).startsWith("1 BROKEN at " + seq).contains("columns were changed");
            assertThat(run("verify", url, "--password=auditor-demo")).startsWith("1 BROKEN at " + seq);
        } finally {
            jdbc.update("update audit_entry set actor = 'billing' where seq = ?", seq);
        }
    }

    private static String run(String... args) {
        StringWriter captured = new StringWriter();
        int exit = new CommandLine(new AuditCli()).setOut(new PrintWriter(captured, true)).execute(args);
        return exit + " " + captured;
    }
}
