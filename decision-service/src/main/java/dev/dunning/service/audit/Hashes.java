package dev.dunning.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/** SHA-256 of content and of entries. An entry hashes as the JSON array of its columns, so no two entries collide by concatenation. */
final class Hashes {
    static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Hashes() {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String entryHash(long seq, LogEntry e, String contentHash, String previousHash) {
        LogEntry.Facts d = e.facts();
        return sha256(array(String.valueOf(seq), e.kind().name(), text(e.recordedAt()), e.actor(), e.subject(),
                d.requestId(), d.requestFingerprint(), d.accountId(), text(d.asOf()), d.step(), d.channel(),
                d.ruleSetVersion(), d.ruleSetHash(), d.modelVersion(), d.firedRules(), contentHash, previousHash));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String array(String... columns) {
        try {
            return JSON.writeValueAsString(Arrays.asList(columns));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
