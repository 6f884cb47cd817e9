package dev.dunning.service.web;

import dev.dunning.rules.decision.RuleSetRef;
import dev.dunning.rules.pipeline.RuleSetEvaluationFailed;
import dev.dunning.rules.pipeline.RuleSetLimitExceeded;
import dev.dunning.rules.scenarios.VerificationBusy;
import dev.dunning.rules.scenarios.VerificationTimedOut;
import dev.dunning.service.rulesets.InvalidUpload;
import dev.dunning.service.rulesets.RuleSetNotApproved;
import dev.dunning.service.rulesets.RuleSetRejected;
import dev.dunning.service.rulesets.RuleSetTransitionRefused;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of rule sets: an upload refused or over a limit, a review step refused, a version not approved, a
 * check that timed out or could not start, and a decision the rule set could not make. Consulted before
 * {@link ProblemHandler}, whose catch-all would otherwise answer these exceptions.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleSetProblems {
    private static final Logger log = LoggerFactory.getLogger(RuleSetProblems.class);
    private static final String RETRY_CHECK_SECONDS = "10";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleSetRejected(RuleSetRejected e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.RULE_SET_INVALID,
                "Rule set does not compile", e.getMessage() + "; nothing was stored and the active version keeps serving");
        problem.setProperty("errors", e.verification().problems().stream().filter(p -> p.isError()).toList());
        problem.setProperty("warnings", e.verification().problems().stream().filter(p -> !p.isError()).toList());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> transitionRefused(RuleSetTransitionRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                ProblemTypes.TRANSITION_REFUSED, "Rule-set step refused", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidUpload(InvalidUpload e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_UPLOAD, "Invalid upload",
                e.field() + ": " + e.getMessage());
        problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notApproved(RuleSetNotApproved e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemTypes.NOT_APPROVED, "Rule-set version not approved",
                e.field() + ": " + e.getMessage());
        problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
        problem.setProperty("versionStatus", e.status());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Names the rule set, the rule and the limit exceeded, if any; never the request's values. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleSetFailed(RuleSetEvaluationFailed e) {
        log.error("The active rule set could not decide a request: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.RULE_SET_FAILED,
                "The rule set could not decide this request", e.getMessage());
        if (e.ruleSet() != null) {
            problem.setProperty("ruleSet", e.ruleSet());
        }
        if (e.rule() != null) {
            problem.setProperty("rule", e.rule());
        }
        if (e instanceof RuleSetLimitExceeded exceeded) {
            problem.setProperty("limit", exceeded.limit());
        }
        return ResponseEntity.internalServerError().body(problem);
    }

    /** A rule set whose check ran past its time budget: refused, nothing stored, the active version keeps serving. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> checkTimedOut(VerificationTimedOut e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.RULE_SET_CHECK_TIMED_OUT,
                "Rule set check timed out", e.getMessage() + "; nothing was stored and the active version keeps serving");
        problem.setProperty("ruleSet", new RuleSetRef(e.version(), e.hash()));
        problem.setProperty("limit", "time-budget");
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> checksBusy(VerificationBusy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_CHECK_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.RULE_SET_CHECKS_BUSY,
                        "Rule-set checks busy", e.getMessage() + "; retry after " + RETRY_CHECK_SECONDS + " s"));
    }
}
