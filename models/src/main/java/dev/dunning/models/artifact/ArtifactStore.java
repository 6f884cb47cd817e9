package dev.dunning.models.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes artifacts into a folder as {@code <version>.model} and names the newest in the folder's {@code CURRENT}
 * file (the one {@code RiskModel.shipped()} loads when the folder is packaged).
 */
public final class ArtifactStore {
    public static final String CURRENT = "CURRENT";

    private ArtifactStore() {
    }

    public static SavedArtifact save(RiskArtifact artifact, Path folder) {
        byte[] bytes = ArtifactFormat.write(artifact);
        String version = ArtifactFormat.version(artifact.scorer().kind(), bytes);
        Path file = folder.resolve(version + ArtifactFormat.EXTENSION);
        try {
            Files.createDirectories(folder);
            Files.write(file, bytes);
            Files.writeString(folder.resolve(CURRENT), file.getFileName() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the artifact into " + folder, e);
        }
        return new SavedArtifact(file, version);
    }

    /** Where an artifact was written and its version (the file name's stem). */
    public record SavedArtifact(Path file, String version) {
    }
}
