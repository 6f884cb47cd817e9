package dev.dunning.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Decision log", description = "The hash-chained log of decisions and rule-set steps: search, export, "
        + "verification, replay and retention")
class AuditController {
    private final AuditSearch search;
    private final AuditExport export;
    private final ChainVerifier verifier;
    private final Replays replays;
    private final Retention retention;
    private final DecisionLog log;
    private final CustomerExplanations explanations;

    AuditController(AuditSearch search, AuditExport export, ChainVerifier verifier, Replays replays, Retention retention,
                    DecisionLog log, CustomerExplanations explanations) {
        this.search = search;
        this.export = export;
        this.verifier = verifier;
        this.replays = replays;
        this.retention = retention;
        this.log = log;
        this.explanations = explanations;
    }

    @GetMapping("/api/v1/audit/entries")
    @Operation(operationId = "searchLog", summary = "Search the log, newest first",
            description = "By account, time recorded (from inclusive, to exclusive), kind, step, channel, rule-set "
                    + "version and fired rule or table row id; page from 0, size up to 500. Lists no content.")
    AuditPage entries(@Valid @ModelAttribute AuditQuery query) {
        return search.page(query);
    }

    @GetMapping(value = "/api/v1/audit/export", produces = "text/csv")
    @Operation(operationId = "exportLog", summary = "Export a search as CSV, oldest first, streamed",
            description = "Names and phone numbers are masked unless unmasked=true, which only an AUDITOR may ask, "
                    + "with a reason. Every export is logged first, with who asked and why.")
    @ApiResponse(responseCode = "200", description = "The entries, as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "Not an AUDITOR or ADMIN, or an unmasked export asked by other than "
            + "an AUDITOR")
    ResponseEntity<StreamingResponseBody> export(@Valid @ModelAttribute AuditQuery query,
                                                 @RequestParam(defaultValue = "false") boolean unmasked,
                                                 @RequestParam(required = false) String reason, Principal caller) {
        AuditExport.Exporting exporting = export.start(query, unmasked, reason, caller.getName());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"decision-log.csv\"")
                .body(exporting::writeTo);
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(operationId = "verifyLog", summary = "Walk the chain and report the first broken link")
    ChainVerification verify() {
        return verifier.verify();
    }

    @PostMapping("/api/v1/decisions/{decisionId}/replay")
    @Operation(operationId = "replayDecision",
            summary = "Evaluate a logged decision again with its recorded rule-set version",
            description = "Answers identical, or each field that differs. Nothing is logged or answered as a decision.")
    @ApiResponse(responseCode = "200", description = "Identical, or each field that differs")
    @ApiResponse(responseCode = "409", description = "The risk model version the decision named is not available")
    Replay replay(@PathVariable String decisionId) {
        return replays.replay(decisionId);
    }

    @GetMapping("/api/v1/decisions/{decisionId}/explanation")
    @Operation(operationId = "explainDecision",
            summary = "A plain-language explanation of a logged decision for the customer (PIPL Art 24)",
            description = "What is owed and why, which rules and sources, what happens next, how to dispute, and the "
                    + "customer's rights; language zh-CN (default) or en. It names no personal data but the account.")
    CustomerExplanation explain(@PathVariable String decisionId, @RequestParam(defaultValue = "zh-CN") String language) {
        Locale locale = supported(language);
        return log.find(decisionId).map(decision -> explanations.explain(decision, locale))
                .orElseThrow(() -> new NotInLog("No decision " + decisionId + " in the decision log"));
    }

    @PostMapping("/api/v1/audit/replay")
    @Operation(operationId = "replayRange",
            summary = "Replay every decision recorded in a time range: a reproducibility report")
    @ApiResponse(responseCode = "200", description = "How many were identical, differed or failed, with samples")
    ReplayReport replayRange(@Parameter(required = true) @RequestParam OffsetDateTime from,
                             @Parameter(required = true) @RequestParam OffsetDateTime to) {
        return replays.replayRange(from, to);
    }

    private static Locale supported(String language) {
        try {
            return CustomerExplanations.supported(language);
        } catch (IllegalArgumentException e) {
            throw new InvalidAuditRequest("language", e.getMessage());
        }
    }

    @PostMapping("/api/v1/audit/purge")
    @Operation(operationId = "purgeLog",
            summary = "Purge the entries older than the retention period now, leaving a verifiable checkpoint")
    PurgeReport purge(Principal caller) {
        return retention.purge(caller.getName());
    }
}
