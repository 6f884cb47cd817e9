package dev.dunning.models;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shared real data ({@code ../shared/datasets} from the repository root, or the folder in the system property
 * {@code dunning.datasets}); tests that need it are skipped, saying so, when it is absent.
 */
public final class SharedDatasets {
    public static final String UCI_TRAIN = "uci_credit_default_train.csv";

    private SharedDatasets() {
    }

    public static Path require(String file) {
        Path found = Stream.of(System.getProperty("dunning.datasets"), "../shared/datasets", "../../shared/datasets")
                .filter(folder -> folder != null)
                .map(folder -> Path.of(folder, file))
                .filter(Files::isRegularFile)
                .findFirst().orElse(null);
        assumeTrue(found != null, "Skipped: " + file + " not found in ../shared/datasets (set -Ddunning.datasets=DIR)");
        return found;
    }
}
