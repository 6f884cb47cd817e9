package dev.dunning.models.artifact;

import dev.dunning.models.InvalidRiskModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The artifact's bytes: Java serialization, read back through an {@link ObjectInputFilter} that admits only the
 * classes an artifact holds (this module's records, Smile's models, trees and schema, and basic JDK values). The
 * version is {@code risk-<kind>-<first 12 hex digits of the SHA-256 of the bytes>}.
 */
public final class ArtifactFormat {
    public static final String EXTENSION = ".model";
    static final String ALLOWED = String.join(";",
            "maxdepth=64", "maxrefs=2000000", "maxbytes=200000000",
            "dev.dunning.models.artifact.*", "dev.dunning.models.scoring.*", "dev.dunning.models.training.*",
            "dev.dunning.models.evaluation.*",
            "smile.classification.*", "smile.regression.*", "smile.model.cart.*",
            "smile.data.formula.*", "smile.data.type.*", "smile.data.measure.*", "smile.util.*",
            "java.lang.*", "java.util.*",
            "!*");

    private ArtifactFormat() {
    }

    public static byte[] write(RiskArtifact artifact) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(artifact);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise the artifact", e);
        }
        return bytes.toByteArray();
    }

    /** Reads an artifact; a file that is not one, or that holds any class outside the allowed list, is refused. */
    public static RiskArtifact read(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(ALLOWED));
            if (in.readObject() instanceof RiskArtifact artifact) {
                return artifact;
            }
            throw new InvalidRiskModel("it holds no risk model artifact");
        } catch (InvalidClassException e) {
            throw new InvalidRiskModel("it holds a class outside the allowed list (" + e.getMessage() + ")");
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new InvalidRiskModel("it is not a risk model artifact (" + e + ")");
        }
    }

    public static String version(String kind, byte[] bytes) {
        return "risk-" + kind + "-" + HexFormat.of().formatHex(sha256(bytes)).substring(0, 12);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
