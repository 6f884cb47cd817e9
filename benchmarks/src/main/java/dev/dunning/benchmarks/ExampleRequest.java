package dev.dunning.benchmarks;

import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.DecisionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The example request of DESIGN.md and the README ({@code docs/examples/heating-beijing.json}, packaged into the jar):
 * a Beijing household heated by area from the city network, one bill overdue.
 */
final class ExampleRequest {
    private static final String RESOURCE = "/examples/heating-beijing.json";

    private ExampleRequest() {
    }

    static DecisionRequest read() {
        try (InputStream json = ExampleRequest.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return Json.json().readValue(json, DecisionRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
