package dev.dunning.benchmarks.crash;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The decision requests of one run: request {@code n} is the example request with request id {@code crash-<run>-<n>}
 * and account id {@code CRASH-<run>-<n>}. The same {@code n} always gives the same body, so that a retry sends
 * exactly the request that was answered.
 */
final class Requests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode template;
    private final String run;

    Requests(Path example, String run) throws IOException {
        this.template = (ObjectNode) JSON.readTree(Files.readString(example));
        this.run = run;
    }

    String prefix() {
        return "crash-" + run + "-";
    }

    String requestId(long n) {
        return prefix() + n;
    }

    String body(long n) {
        ObjectNode request = template.deepCopy();
        request.put("requestId", requestId(n));
        ((ObjectNode) request.path("account")).put("id", "CRASH-" + run + "-" + n);
        try {
            return JSON.writeValueAsString(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
