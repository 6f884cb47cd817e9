package dev.dunning.service.batch;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A batch job as its caller follows it: rows read so far (decided and rejected, decisions per step), the rows the
 * file is estimated to hold from the share of its bytes read, the rate and the time left while it runs, why it
 * failed, and where its files are once it is done.
 */
public record BatchJobView(String id, BatchJob.Status status, String caller, OffsetDateTime createdAt,
                           OffsetDateTime finishedAt, long rowsRead, long decided, long rejected, Map<String, Long> steps,
                           long estimatedRows, Long rowsPerSecond, Duration eta, String message, Links links) {

    /** Where the finished job's files are. */
    public record Links(String decisions, String rejects) {
        static Links of(String id) {
            String job = "/api/v1/batch/jobs/" + id;
            return new Links(job + "/decisions", job + "/rejects");
        }
    }
}
