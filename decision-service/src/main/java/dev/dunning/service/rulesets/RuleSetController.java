package dev.dunning.service.rulesets;

import dev.dunning.rules.diff.RuleSetChanges;
import dev.dunning.rules.scenarios.RuleSetVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.dunning.rules.request.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rule-set versions: upload, validate without storing and submit (ANALYST); approve or reject (REVIEWER, never the
 * author) and activate from a moment (REVIEWER); list and read (ANALYST, REVIEWER, AUDITOR).
 */
@RestController
@RequestMapping("/api/v1/rulesets")
@Tag(name = "Rule sets", description = "Rule-set versions: upload, validate, submit, review with four eyes, activate")
class RuleSetController {
    /** The longest comment of an upload, review step or activation (the column's width in the schema). */
    static final int MAX_COMMENT = 2000;
    private final RuleSetUploads uploads;
    private final RuleSetReviews reviews;
    private final RuleSetGoLive goLive;
    private final ActiveRuleSet active;
    private final UploadedFiles uploaded;

    RuleSetController(RuleSetUploads uploads, RuleSetReviews reviews, RuleSetGoLive goLive, ActiveRuleSet active,
                      PolicyUploadLimits upload, RuleLimitSettings limits) {
        this.uploads = uploads;
        this.reviews = reviews;
        this.goLive = goLive;
        this.active = active;
        this.uploaded = new UploadedFiles(upload, limits.verification().limits());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadRuleSet", summary = "Upload changed policy files (or a zip bundle) as a DRAFT",
            description = "The files change the parent version (default: the one in force); a bundle replaces it whole. "
                    + "The version is compiled and its scenarios run; one that does not compile is refused with 422 "
                    + "and nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Stored as a new DRAFT; its Location is the version")
    @ApiResponse(responseCode = "200", description = "The same content was stored before: that version")
    @ApiResponse(responseCode = "404", description = "No stored version has the parent hash")
    @ApiResponse(responseCode = "422", description = "The version does not compile; errors lists each problem with "
            + "file and line", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "#/components/schemas/RuleSetRejectedProblem")))
    ResponseEntity<RuleSetVersionView> upload(@RequestPart(name = "files", required = false) List<MultipartFile> files,
                                              @RequestPart(name = "bundle", required = false) MultipartFile bundle,
                                              @RequestParam(name = "parent", required = false) String parent,
                                              @RequestParam(name = "comment", required = false) String comment,
                                              Principal analyst) {
        RuleSetUploads.Uploaded uploaded = uploads.upload(upload(files, bundle, parent, comment), analyst.getName());
        URI location = URI.create("/api/v1/rulesets/" + uploaded.version().hash());
        return uploaded.created() ? ResponseEntity.created(location).body(uploaded.version())
                : ResponseEntity.ok().location(location).body(uploaded.version());
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "validateRuleSet",
            summary = "Compile changed policy files and run their scenarios, storing nothing")
    @ApiResponse(responseCode = "200", description = "What compiling and the scenarios found")
    @ApiResponse(responseCode = "404", description = "No stored version has the parent hash")
    RuleSetVerification validate(@RequestPart(name = "files", required = false) List<MultipartFile> files,
                                 @RequestPart(name = "bundle", required = false) MultipartFile bundle,
                                 @RequestParam(name = "parent", required = false) String parent) {
        return uploads.validate(upload(files, bundle, parent, null));
    }

    @GetMapping
    @Operation(operationId = "listRuleSets", summary = "Every stored version, with its status and history")
    List<RuleSetVersionView> all() {
        return uploads.all();
    }

    @GetMapping("/{hash}")
    @Operation(operationId = "getRuleSet", summary = "A stored version: provenance, status, files, checks and history")
    RuleSetVersionView one(@PathVariable String hash) {
        return uploads.find(hash);
    }

    @GetMapping("/{from}/diff/{to}")
    @Operation(operationId = "diffRuleSets",
            summary = "What changed between two stored versions: rules, table rows, parameters")
    RuleSetChanges diff(@PathVariable String from, @PathVariable String to) {
        return uploads.diff(from, to);
    }

    @PostMapping("/{hash}/submit")
    @Operation(operationId = "submitRuleSet", summary = "Submit a DRAFT for review (ANALYST)")
    @ApiResponse(responseCode = "200", description = "The version, now IN_REVIEW")
    @ApiResponse(responseCode = "409", description = "Not a DRAFT, or its validation is not clean (a failing scenario)")
    RuleSetVersionView submit(@PathVariable String hash,
                                      @Valid @RequestBody(required = false) Review review, Principal analyst) {
        return reviews.submit(hash, analyst.getName(), Review.comment(review));
    }

    @PostMapping("/{hash}/approve")
    @Operation(operationId = "approveRuleSet", summary = "Approve a version IN_REVIEW (REVIEWER, never its author)")
    @ApiResponse(responseCode = "200", description = "The version, now APPROVED")
    @ApiResponse(responseCode = "409", description = "Not IN_REVIEW, or the reviewer wrote it (four eyes)")
    RuleSetVersionView approve(@PathVariable String hash,
                                      @Valid @RequestBody(required = false) Review review, Principal reviewer) {
        return reviews.approve(hash, reviewer.getName(), Review.comment(review));
    }

    @PostMapping("/{hash}/reject")
    @Operation(operationId = "rejectRuleSet", summary = "Reject a version IN_REVIEW (REVIEWER)")
    @ApiResponse(responseCode = "200", description = "The version, now REJECTED")
    @ApiResponse(responseCode = "409", description = "Not IN_REVIEW")
    RuleSetVersionView reject(@PathVariable String hash,
                                      @Valid @RequestBody(required = false) Review review, Principal reviewer) {
        return reviews.reject(hash, reviewer.getName(), Review.comment(review));
    }

    @PostMapping("/{hash}/activate")
    @Operation(operationId = "activateRuleSet",
            summary = "Put an APPROVED version in force from a moment (default now), or roll back to an earlier one")
    @ApiResponse(responseCode = "200", description = "The version, with its activation")
    @ApiResponse(responseCode = "409", description = "Neither APPROVED nor an earlier active version, a moment in the "
            + "past, or it does not compile here")
    RuleSetVersionView activate(@PathVariable String hash, @Valid @RequestBody(required = false) Activation activation,
                                Principal reviewer) {
        Activation asked = activation == null ? new Activation(null, null) : activation;
        goLive.activate(hash, asked.effectiveFrom(), reviewer.getName(), asked.comment());
        active.refresh();
        return uploads.find(hash);
    }

    /** The optional body of an activation: from when (default now, never in the past) and why. */
    record Activation(@PlausibleDate OffsetDateTime effectiveFrom, @Size(max = MAX_COMMENT) String comment) {
    }

    /** The optional body of a review step: why. */
    record Review(@Size(max = MAX_COMMENT) String comment) {
        static String comment(Review review) {
            return review == null ? null : review.comment();
        }
    }

    private RuleSetUpload upload(List<MultipartFile> files, MultipartFile bundle, String parent, String comment) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidUpload("comment", "is at most " + MAX_COMMENT + " characters, not " + comment.length());
        }
        if (bundle != null) {
            return new RuleSetUpload(parent, uploaded.fromZip(bundle), true, comment);
        }
        if (files == null || files.isEmpty()) {
            throw new InvalidUpload("files", "send the changed policy files as 'files' parts, or a zip as 'bundle'");
        }
        Map<String, String> changed = uploaded.fromParts(files);
        return new RuleSetUpload(parent, changed, false, comment);
    }
}
