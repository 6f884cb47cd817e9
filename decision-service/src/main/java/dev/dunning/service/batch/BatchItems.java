package dev.dunning.service.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.pipeline.RuleSetEvaluationFailed;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.decisions.Decided;
import dev.dunning.service.decisions.Decisions;
import dev.dunning.service.decisions.RequestIdReused;
import dev.dunning.service.web.FieldError;
import dev.dunning.service.web.JsonErrors;
import dev.dunning.service.web.ProblemTypes;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Decides one item of a REST batch and turns what goes wrong with it into the problem the single endpoint answers. */
final class BatchItems {
    private static final Logger LOG = LoggerFactory.getLogger(BatchItems.class);
    private final Decisions decisions;
    private final ObjectMapper json;
    private final RequestCheck check;

    BatchItems(Decisions decisions, ObjectMapper json, RequestCheck check) {
        this.decisions = decisions;
        this.json = json;
        this.check = check;
    }

    BatchDecisionController.BatchItem decide(int index, JsonNode item, String caller) {
        DecisionRequest request;
        try {
            request = json.treeToValue(item, DecisionRequest.class);
        } catch (JsonProcessingException e) {
            FieldError error = JsonErrors.fieldError(e).orElse(new FieldError("", "not a DecisionRequest object"));
            return invalid(index, List.of(error));
        }
        List<FieldError> errors = check.problems(request);
        if (!errors.isEmpty()) {
            return invalid(index, errors);
        }
        try {
            Decided decided = decisions.decide(request, caller);
            return new BatchDecisionController.BatchItem(index, decided.replayed() ? 200 : 201, decided.json(), null);
        } catch (RequestIdReused e) {
            return failed(index, HttpStatus.CONFLICT, ProblemTypes.REQUEST_ID_REUSED, "Request id reused", e.getMessage(),
                    List.of(new FieldError("requestId", e.getMessage())));
        } catch (RuleSetEvaluationFailed e) {
            LOG.error("Batch item {}: the rule set could not decide it: {}", index, e.getMessage());
            return failed(index, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.RULE_SET_FAILED,
                    "The rule set could not decide this request", e.getMessage(), List.of());
        } catch (RuntimeException e) {
            LOG.error("Batch item {} failed", index, e);
            return failed(index, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                    "The decision failed", e.getMessage(), List.of());
        } catch (Error e) {
            LOG.error("Batch item {} failed", index, e);
            return failed(index, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                    "The decision failed", "The service failed unexpectedly; the failure is logged", List.of());
        }
    }

    private static BatchDecisionController.BatchItem invalid(int index, List<FieldError> errors) {
        return failed(index, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                errors.size() == 1 ? "[" + index + "]." + errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are invalid", errors);
    }

    private static BatchDecisionController.BatchItem failed(int index, HttpStatus status, URI type, String title,
                                                             String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(e -> new FieldError("[" + index + "]" + (e.field().isEmpty() ? "" : "." + e.field()), e.message()))
                    .toList());
        }
        return new BatchDecisionController.BatchItem(index, status.value(), null, problem);
    }
}
