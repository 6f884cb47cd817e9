package dev.dunning.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the policy pack to benchmark lives: the folder named by the system property {@value #PROPERTY}, or else the
 * default pack {@code rules/policy}, found by walking up from the working directory.
 */
public final class PolicyDirectory {
    static final String PROPERTY = "policy.dir";
    private static final Path DEFAULT_PACK = Path.of("rules", "policy");

    private PolicyDirectory() {
    }

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return existing(Path.of(configured).toAbsolutePath());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT_PACK);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + DEFAULT_PACK + " above " + Path.of("").toAbsolutePath()
                + ": run from the project or pass -D" + PROPERTY + "=<pack folder>");
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(PROPERTY + " is not a folder: " + dir);
        }
        return dir;
    }
}
