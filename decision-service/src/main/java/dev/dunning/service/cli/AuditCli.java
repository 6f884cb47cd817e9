package dev.dunning.service.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.service.audit.ChainVerification;
import dev.dunning.service.audit.OfflineVerification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The compliance reviewers' command line: {@code verify} walks the decision log's chain and reports the first broken link. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCli.Verify.class,
        description = "Check the decision log.")
public final class AuditCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new AuditCli()).execute(args));
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the chain, through a running service (--url) or straight from its database (--jdbc-url, "
                    + "with the service stopped when it is an H2 file); exit 1 at the first broken link.")
    static final class Verify implements Callable<Integer> {
        @ArgGroup(exclusive = true)
        Where where = new Where();
        @Option(names = "--user", defaultValue = "auditor", description = "An auditor, for --url (default: ${DEFAULT-VALUE}).")
        String user;
        @Option(names = "--password", interactive = true, arity = "0..1", description = "The auditor's password, for --url, or the database's.")
        String password;
        @Spec
        CommandSpec spec;
        @Option(names = "--db-user", defaultValue = "sa", description = "The database user, for --jdbc-url (default: ${DEFAULT-VALUE}).")
        String dbUser;

        static final class Where {
            @Option(names = "--url", description = "A running service (default: http://localhost:8080).")
            String url;
            @Option(names = "--jdbc-url", description = "The database, e.g. jdbc:h2:file:./data/dunning or jdbc:postgresql://host/db.")
            String jdbcUrl;
        }

        @Override
        public Integer call() throws Exception {
            ChainVerification result = where.jdbcUrl != null
                    ? OfflineVerification.of(new DriverManagerDataSource(where.jdbcUrl, dbUser, password == null ? "" : password))
                    : throughService(where.url == null ? "http://localhost:8080" : where.url);
            var out = spec.commandLine().getOut();
            if (result.intact()) {
                out.printf("INTACT: %d entries checked (after checkpoint %d), head %d %s%n", result.entriesChecked(),
                        result.checkpointSeq(), result.headSeq(), result.headHash());
                return 0;
            }
            out.printf("BROKEN at %s: %s (%d entries checked before it)%n", result.brokenAt(), result.problem(),
                    result.entriesChecked());
            return 1;
        }

        private ChainVerification throughService(String url) throws Exception {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/audit/verify"))
                    .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new CommandLine.ExecutionException(new CommandLine(this), response.statusCode() + " " + response.body());
            }
            return new ObjectMapper().findAndRegisterModules().readValue(response.body(), ChainVerification.class);
        }
    }
}
