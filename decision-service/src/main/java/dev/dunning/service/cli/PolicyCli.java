package dev.dunning.service.cli;

import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.scenarios.RuleSetVerification;
import dev.dunning.rules.scenarios.RuleSetVerifier;
import dev.dunning.rules.scenarios.ScenarioRunner;
import dev.dunning.rules.scenarios.VerificationPool;
import dev.dunning.rules.scenarios.VerificationTimedOut;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The analysts' command line, without starting the service: {@code validate} checks a policy folder with the one
 * compiler, its sandbox and the folder's scenarios, within the default limits of a check (sizes, rules, scenarios,
 * time) and of each decision, on a worker thread; {@code upload} sends a folder to a running service as a new draft.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, subcommands = {PolicyCli.Validate.class, PolicyCli.Upload.class},
        description = "Validate a policy folder, or upload it to a running service.")
public final class PolicyCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new PolicyCli()).execute(args));
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Compile a policy folder in the sandbox and run its scenarios; exit 1 on any error or failure.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FOLDER", defaultValue = "rules/policy", description = "The pack (default: ${DEFAULT-VALUE}).")
        Path folder;
        @Option(names = "--time-zone", defaultValue = "Asia/Shanghai", description = "Zone of the days counted (default: ${DEFAULT-VALUE}).")
        ZoneId zone;

        @Override
        public Integer call() {
            RuleSetSource source = PolicyPack.fromDirectory(folder);
            RuleSetVerification result;
            RuleSetCompiler compiler = new RuleSetCompiler();
            try (var pool = new VerificationPool(new RuleSetVerifier(compiler, new ScenarioRunner(new DecisionPipeline(zone))),
                    compiler)) {
                result = pool.verify(source);
            } catch (VerificationTimedOut e) {
                System.out.println("REFUSED " + e.getMessage());
                return 1;
            }
            PrintStream out = System.out;
            out.printf("%s %s (%d files)%n", source.version(), source.hash(), source.files().size());
            for (CompileProblem problem : result.problems()) {
                out.printf("%s %s:%d:%d %s%n", problem.severity(), problem.file(), problem.line(), problem.column(),
                        problem.message());
            }
            var scenarios = result.scenarios();
            out.printf("Scenarios: %d of %d passed%n", scenarios.passed(), scenarios.total());
            scenarios.failures().forEach(f -> out.printf("FAILED %s: %s%n    %s%n", f.file(), f.scenario(),
                    String.join("\n    ", f.failures())));
            scenarios.rulesNeverFired().forEach(id -> out.printf("NOT COVERED rule %s fires in no scenario%n", id));
            scenarios.rowsNeverMatched().forEach(id -> out.printf("NOT COVERED table row %s matches in no scenario%n", id));
            out.println(result.clean() ? "Clean: ready to upload and submit" : "Not clean");
            return result.clean() ? 0 : 1;
        }
    }

    @Command(name = "upload", mixinStandardHelpOptions = true,
            description = "Send a policy folder to a running service as a new draft version (a whole bundle).")
    static final class Upload implements Callable<Integer> {
        @Parameters(paramLabel = "FOLDER", defaultValue = "rules/policy", description = "The pack (default: ${DEFAULT-VALUE}).")
        Path folder;
        @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The service (default: ${DEFAULT-VALUE}).")
        String url;
        @Option(names = "--user", required = true, description = "An analyst.")
        String user;
        @Option(names = "--password", required = true, interactive = true, arity = "0..1", description = "The analyst's password.")
        String password;
        @Option(names = "--comment", description = "Why this version.")
        String comment;

        @Override
        public Integer call() throws IOException, InterruptedException {
            RuleSetSource source = PolicyPack.fromDirectory(folder);
            String boundary = "----policy-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"policy.zip\""
                    + "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(zip(source));
            if (comment != null) {
                body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\n"
                        + comment).getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/rulesets"))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println(response.statusCode() + " " + response.body());
            return response.statusCode() / 100 == 2 ? 0 : 1;
        }

        private static byte[] zip(RuleSetSource source) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                for (var file : source.files().entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }
}
