package dev.dunning.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.compiler.RuleSetSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A policy pack as plain files: {@code pack.yaml} (its version label), DRL, DMN, {@code parameters.yaml} and
 * {@code *.scenarios.yaml}. Reads a folder, or a map of paths to contents, into a {@link RuleSetSource}.
 */
public final class PolicyPack {
    public static final String MANIFEST = "pack.yaml";

    private PolicyPack() {
    }

    public static RuleSetSource fromDirectory(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            Map<String, String> files = new TreeMap<>();
            paths.filter(Files::isRegularFile).filter(PolicyPack::isPolicyFile).forEach(path ->
                    files.put(directory.relativize(path).toString().replace('\\', '/'), read(path)));
            return fromFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the policy pack in " + directory, e);
        }
    }

    public static RuleSetSource fromFiles(Map<String, String> files) {
        return RuleSetSource.of(version(files.get(MANIFEST)), files);
    }

    public static boolean isPolicyFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".dmn") || name.endsWith(".yaml");
    }

    private static String version(String manifest) {
        if (manifest == null) {
            return "unversioned";
        }
        try {
            JsonNode version = Json.yaml().readTree(manifest).path("version");
            return version.isMissingNode() ? "unversioned" : version.asText();
        } catch (IOException e) {
            throw new IllegalArgumentException(MANIFEST + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
