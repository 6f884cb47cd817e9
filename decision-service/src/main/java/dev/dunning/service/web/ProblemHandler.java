package dev.dunning.service.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.dunning.service.audit.AuditLogUnavailable;
import dev.dunning.service.audit.InvalidAuditRequest;
import dev.dunning.service.audit.NotInLog;
import dev.dunning.service.contact.ContactEventRefused;
import dev.dunning.service.contact.ContactNotFound;
import dev.dunning.service.contact.InvalidContactRequest;
import dev.dunning.service.decisions.DecisionNotFound;
import dev.dunning.service.decisions.RequestIdReused;
import dev.dunning.service.risk.ModelVersionUnavailable;
import dev.dunning.service.rulesets.RuleSetNotFound;
import dev.dunning.service.rulesets.UploadTooLarge;
import dev.dunning.service.simulation.InvalidSimulationRequest;
import dev.dunning.service.simulation.SimulationNotFound;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Answers every error as RFC 9457 problem details; a bad request names each bad field in {@code errors}. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final int LISTED_ERRORS = 100;
    private final BodyLimits limits;

    ProblemHandler(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** A query parameter of the wrong type (a boolean that is not true or false, a date that is none) names it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String expected = type == boolean.class || type == Boolean.class ? StrictBoolean.EXPECTED
                : "must be a " + (type == null ? "value of another type" : type.getSimpleName());
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(name, expected + ", not " + shown(e.getValue())))));
    }

    private static String shown(Object value) {
        String text = value instanceof Object[] values ? String.join(", ", Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof BodyTooLarge)) {
            cause = cause.getCause();
        }
        if (cause instanceof BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body(tooLarge(tooLarge));
        }
        return JsonErrors.fieldError(e.getCause())
                .<ResponseEntity<Object>>map(error -> ResponseEntity.badRequest().body(invalid(List.of(error))))
                .orElseGet(() -> ResponseEntity.badRequest().body(malformed(e)));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        BodyTooLarge tooLarge = new BodyTooLarge(limits.multipart());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(tooLarge(tooLarge));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close").body(tooLarge(e));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> uploadTooLarge(UploadTooLarge e) {
        ProblemDetail problem = Problems.tooLarge(e.field() + ": " + e.getMessage(), e.property(), e.limit());
        problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> requestIdReused(RequestIdReused e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.REQUEST_ID_REUSED, "Request id reused", e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("requestId", e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler({DecisionNotFound.class, RuleSetNotFound.class, NotInLog.class, ContactNotFound.class,
            SimulationNotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_UPLOAD, "Invalid upload",
                "The body is not readable as multipart/form-data: " + e.getMostSpecificCause().getMessage());
        problem.setProperty("errors", List.of(new FieldError("files", "send the policy files as multipart/form-data parts")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> modelUnavailable(ModelVersionUnavailable e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                ProblemTypes.MODEL_UNAVAILABLE, "Risk model version unavailable", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidAuditRequest(InvalidAuditRequest e) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidContactRequest(InvalidContactRequest e) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidSimulationRequest(InvalidSimulationRequest e) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> contactEventRefused(ContactEventRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                ProblemTypes.CONTACT_EVENT_REFUSED, "Contact event refused", e.getMessage()));
    }

    /** A request the server's firewall refuses (a form body whose names are JSON, a path with encoded slashes). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ResponseEntity.badRequest().body(Problems.rejected(e));
    }

    /** The decision log or its database is down: nothing was answered unlogged, and the caller may retry. */
    @ExceptionHandler({AuditLogUnavailable.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.error("Answered 503: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Decision log unavailable",
                        "The decision log cannot record now, so nothing was decided or answered; retry with the same "
                                + "requestId after " + RETRY_AFTER_SECONDS + " s (a retry never decides twice)"));
    }

    /** An {@link Error} from outside a rule set (those are contained where rule sets run): answered, logged. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpectedError(Error e) {
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL_ERROR, "Internal error", "The service failed unexpectedly; the failure is logged"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL_ERROR, "Internal error", "The service failed unexpectedly; the failure is logged"));
    }

    /** At most {@value #LISTED_ERRORS} bad fields are listed, in path order; the detail says how many there are. */
    private static ProblemDetail invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid" + (errors.size() > LISTED_ERRORS
                ? " (the first " + LISTED_ERRORS + " are listed)" : "");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", detail);
        problem.setProperty("errors", errors.subList(0, Math.min(errors.size(), LISTED_ERRORS)));
        return problem;
    }

    private static ProblemDetail tooLarge(BodyTooLarge e) {
        return Problems.tooLarge(e.getMessage(), e.limit().property(), e.limit().bytes());
    }

    private static ProblemDetail malformed(HttpMessageNotReadableException e) {
        String detail = switch (e.getCause()) {
            case JsonParseException parse -> "The body is not valid JSON: " + parse.getOriginalMessage() + " at line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            case StreamConstraintsException limit -> "The body exceeds a bound of the JSON reader: "
                    + limit.getOriginalMessage();
            case MismatchedInputException mismatched when mismatched.getTargetType() != null ->
                    "The body must be a JSON object (" + mismatched.getTargetType().getSimpleName() + ")";
            case null, default -> "The body is missing or not readable as JSON";
        };
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON, "Malformed JSON", detail);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        return Problems.of(status, type, title, detail);
    }
}
