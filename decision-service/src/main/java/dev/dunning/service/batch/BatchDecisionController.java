package dev.dunning.service.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.RequestValidator;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import dev.dunning.service.decisions.Decisions;
import dev.dunning.service.web.ProblemTypes;

/**
 * {@code POST /api/v1/decisions/batch}: up to {@value #LIMIT} requests in one call, each decided as if posted alone
 * (validated, logged, idempotent by its requestId), concurrently so that the decision log commits them in groups.
 * The answer lists every item in order; a bad item does not fail the others.
 */
@RestController
@Tag(name = "Decisions")
class BatchDecisionController {
    static final int LIMIT = 1000;
    private final BatchItems items;

    BatchDecisionController(Decisions decisions, ObjectMapper json, RequestValidator validator) {
        this.items = new BatchItems(decisions, json, new RequestCheck(validator));
    }

    @PostMapping("/api/v1/decisions/batch")
    @Operation(operationId = "decideBatch", summary = "Decide for up to 1,000 accounts",
            description = "The body is a JSON array of DecisionRequests. Each item is answered in order with its status "
                    + "(201 decided now, 200 decided before for the same requestId, or the status of its problem) and "
                    + "its decision or an RFC 9457 problem naming each bad field as [index].field. More than 1,000 items "
                    + "are refused with 413 and nothing is decided.")
    @ApiResponse(responseCode = "200", description = "Every item's outcome, in the order sent")
    @ApiResponse(responseCode = "413", description = "More than 1,000 items",
            content = @Content(mediaType = "application/problem+json"))
    BatchAnswer decide(@RequestBody @ArraySchema(schema = @Schema(implementation = DecisionRequest.class))
                       List<JsonNode> requests, Principal caller) throws InterruptedException {
        if (requests.size() > LIMIT) {
            throw new BatchTooLarge(requests.size());
        }
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<BatchItem>> outcomes = IntStream.range(0, requests.size())
                    .mapToObj(i -> workers.submit(() -> items.decide(i, requests.get(i), caller.getName()))).toList();
            return new BatchAnswer(outcomes.stream().map(BatchDecisionController::outcome).toList());
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(BatchTooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setType(ProblemTypes.BATCH_TOO_LARGE);
        problem.setTitle("Batch too large");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    private static BatchItem outcome(Future<BatchItem> item) {
        try {
            return item.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A batch item failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while deciding a batch", e);
        }
    }

    /** The outcome of every item, in the order sent. */
    record BatchAnswer(List<BatchItem> results) {
    }

    /** One item's outcome: its decision (201, 200) or its problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchItem(int index, int status, @JsonRawValue @Schema(implementation = Object.class) String decision,
                     ProblemDetail problem) {
    }

    static final class BatchTooLarge extends RuntimeException {
        BatchTooLarge(int size) {
            super(size + " requests in one batch; at most " + LIMIT + " are accepted (split the batch, or use the CSV "
                    + "job of /api/v1/batch/jobs)");
        }
    }
}
