package dev.dunning.benchmarks.crash;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The service jar run as a child process with the JVM that runs this check, on a free port, with its database in
 * {@code dataDir} (which is also its working directory) and its output in {@code service-<start>.log} there, with the
 * demo users and key unless the caller's service arguments choose profiles.
 */
final class ServiceProcess implements AutoCloseable {
    /** The exit value Java reports for a process ended by signal 9 (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;
    /**
     * The demo key and auditor (the check's default credentials) exist only in the service's profile {@code demo}: on
     * unless a {@code --service-arg} chooses profiles, as with {@code ./dunning start}.
     */
    static final String DEMO_UNLESS_PROFILES_CHOSEN = "--spring.profiles.default=demo";
    private static final String APPLICATION_YML = "BOOT-INF/classes/application.yml";
    private static final String SHIPPED_PREFIX = "jdbc:h2:file:./data/dunning";
    private static final Pattern SHIPPED_URL = Pattern.compile("(?m)^\\s+url:\\s*[\"']?(" + Pattern.quote(SHIPPED_PREFIX) + "[^\"'\\s]*)");
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar on {@code jdbcUrl}; {@code start} numbers the starts of one run (it names the log file). */
    static ServiceProcess start(Path jar, Path dataDir, int start, String jdbcUrl, List<String> serviceArgs) throws IOException {
        int port = freePort();
        Path log = dataDir.resolve("service-" + start + ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl, DEMO_UNLESS_PROFILES_CHOSEN));
        command.addAll(serviceArgs);
        Process process = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(process, port, log);
    }

    /**
     * The database URL the service ships with ({@code spring.datasource.url} in the jar's application.yml), with its
     * {@code ./data/dunning} moved into {@code dataDir}. The check must run with the service's own database settings:
     * on H2 they decide whether a commit is on disk when it returns (e.g. {@code WRITE_DELAY}).
     */
    static String shippedJdbcUrl(Path jar, Path dataDir) throws IOException {
        String yaml;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(APPLICATION_YML);
            if (entry == null) {
                throw new IllegalStateException("No " + APPLICATION_YML + " in " + jar + "; give --jdbc-url");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Matcher url = SHIPPED_URL.matcher(yaml);
        if (!url.find()) {
            throw new IllegalStateException("No url: " + SHIPPED_PREFIX + "... in " + jar + "!/" + APPLICATION_YML + "; give --jdbc-url");
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("dunning") + url.group(1).substring(SHIPPED_PREFIX.length());
    }

    /** The java binary of the current JVM, so that the service runs on the same JDK. */
    private static String java() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /** Polls {@code /actuator/health} until UP; fails when the process exits first or {@code timeout} passes. */
    void awaitHealthy(CrashClient client, Duration timeout) throws InterruptedException, IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!client.healthy()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " before it was healthy; "
                        + "its output:\n" + tail(40));
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("The service was not healthy after " + timeout.toSeconds() + " s; its output:\n" + tail(40));
            }
            Thread.sleep(250);
        }
    }

    /**
     * Kills the process with SIGKILL and waits for it to be gone. On Linux {@link Process#destroyForcibly()} sends
     * SIGKILL; the exit value (137 = 128 + 9) is answered so that the caller can confirm it.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Stops the process with SIGTERM (a graceful Spring shutdown) and waits; SIGKILL after {@code grace}. */
    int stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }

    /** Kills the process if it still runs: for failures and interruptions. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last {@code lines} lines of the service's log. */
    String tail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
