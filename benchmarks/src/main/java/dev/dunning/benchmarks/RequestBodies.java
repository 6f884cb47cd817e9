package dev.dunning.benchmarks;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decision requests for load runs, made from the example request: each with a request id and an account id of its
 * own (a decision sees the contacts planned by the account's earlier decisions, so a shared account would change what
 * is decided), optionally at another {@code asOf}.
 */
public final class RequestBodies {
    private static final String REQUEST_ID = "\"BJ-0001-2026-12-20\"";
    private static final String ACCOUNT_ID = "\"id\": \"BJ-0001\"";
    private static final String AS_OF = "\"2026-12-20T10:00:00+08:00\"";
    private final String template;
    private final String prefix;
    private final AtomicLong sequence = new AtomicLong();

    public RequestBodies(String template, String prefix) {
        for (String needed : new String[] {REQUEST_ID, ACCOUNT_ID, AS_OF}) {
            if (!template.contains(needed)) {
                throw new IllegalArgumentException("The request must be the example's, with " + needed);
            }
        }
        this.template = template;
        this.prefix = prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-";
    }

    /** The next request, at the example's {@code asOf}. */
    public String next() {
        long n = sequence.incrementAndGet();
        return template.replace(REQUEST_ID, "\"" + prefix + n + "\"").replace(ACCOUNT_ID, "\"id\": \"" + prefix + n + "\"");
    }

    public String next(OffsetDateTime asOf) {
        return next().replace(AS_OF, "\"" + asOf + "\"");
    }
}
