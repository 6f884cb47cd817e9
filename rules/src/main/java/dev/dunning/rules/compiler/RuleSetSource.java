package dev.dunning.rules.compiler;

import java.util.Collections;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable bundle of rule files (DRL, DMN, parameters, scenarios) keyed by their path inside the bundle,
 * identified by the SHA-256 of its canonical content: paths in order, each path and content length-prefixed.
 */
public record RuleSetSource(String version, SortedMap<String, String> files) {

    public RuleSetSource {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static RuleSetSource of(String version, Map<String, String> files) {
        return new RuleSetSource(version, new TreeMap<>(files));
    }

    public String hash() {
        MessageDigest digest = sha256();
        files.forEach((path, content) -> {
            update(digest, path);
            update(digest, content);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    public SortedMap<String, String> filesEndingWith(String suffix) {
        TreeMap<String, String> selected = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.endsWith(suffix)) {
                selected.put(path, content);
            }
        });
        return selected;
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
