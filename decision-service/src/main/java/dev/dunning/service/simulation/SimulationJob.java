package dev.dunning.service.simulation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.dunning.rules.decision.RuleSetRef;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** A simulation run by the service: its state as it goes, the summary when done, and the folder of its files. */
public final class SimulationJob {
    public enum Status { RUNNING, DONE, FAILED }

    private final String id;
    private final String requestedBy;
    private final OffsetDateTime requestedAt;
    private final RuleSetRef baseline;
    private final RuleSetRef candidate;
    private final Path folder;
    private final AtomicLong accountsDone = new AtomicLong();
    private volatile Status status = Status.RUNNING;
    private volatile SimulationSummary summary;
    private volatile String error;

    SimulationJob(String id, String requestedBy, OffsetDateTime requestedAt, RuleSetRef baseline, RuleSetRef candidate,
                  Path folder) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.baseline = baseline;
        this.candidate = candidate;
        this.folder = folder;
    }

    void progress(long done) {
        accountsDone.set(done);
    }

    void done(SimulationSummary result) {
        summary = result;
        status = Status.DONE;
    }

    void failed(String why) {
        error = why;
        status = Status.FAILED;
    }

    public String getId() { return id; }
    public String getRequestedBy() { return requestedBy; }
    public OffsetDateTime getRequestedAt() { return requestedAt; }
    public RuleSetRef getBaseline() { return baseline; }
    public RuleSetRef getCandidate() { return candidate; }
    public long getAccountsDone() { return accountsDone.get(); }
    public Status getStatus() { return status; }
    public SimulationSummary getSummary() { return summary; }
    public String getError() { return error; }
    public String getReport() { return "/api/v1/simulations/" + id + "/" + Simulation.REPORT_FILE; }
    public String getChanges() { return "/api/v1/simulations/" + id + "/" + Simulation.CHANGES_FILE; }

    @JsonIgnore
    Path folder() {
        return folder;
    }
}
