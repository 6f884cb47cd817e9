package dev.dunning.service.batch;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Asynchronous CSV jobs ({@code /api/v1/batch/jobs}).
 *
 * @param workDir   where each job keeps its input, decisions, rejects and state, one folder per job
 * @param callers   decisions under way at once: each waits for the decision log's group commit, so more callers
 *                  share more commits
 * @param chunkSize rows per chunk written (and checkpointed) together
 */
@ConfigurationProperties("dunning.batch")
public record BatchJobSettings(@DefaultValue("data/batch-jobs") Path workDir, @DefaultValue("32") int callers,
                               @DefaultValue("50") int chunkSize) {
}
