package dev.dunning.service.rulesets;

import dev.dunning.rules.diff.RuleSetChanges;
import dev.dunning.rules.scenarios.RuleSetVerification;
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
class RuleSetController {
    private final RuleSetUploads uploads;
    private final RuleSetReviews reviews;
    private final RuleSetGoLive goLive;
    private final ActiveRuleSet active;
    private final UploadedFiles uploaded;

    RuleSetController(RuleSetUploads uploads, RuleSetReviews reviews, RuleSetGoLive goLive, ActiveRuleSet active,
                      PolicyUploadLimits limits) {
        this.uploads = uploads;
        this.reviews = reviews;
        this.goLive = goLive;
        this.active = active;
        this.uploaded = new UploadedFiles(limits);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
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
    RuleSetVerification validate(@RequestPart(name = "files", required = false) List<MultipartFile> files,
                                 @RequestPart(name = "bundle", required = false) MultipartFile bundle,
                                 @RequestParam(name = "parent", required = false) String parent) {
        return uploads.validate(upload(files, bundle, parent, null));
    }

    @GetMapping
    List<RuleSetVersionView> all() {
        return uploads.all();
    }

    @GetMapping("/{hash}")
    RuleSetVersionView one(@PathVariable String hash) {
        return uploads.find(hash);
    }

    @GetMapping("/{from}/diff/{to}")
    RuleSetChanges diff(@PathVariable String from, @PathVariable String to) {
        return uploads.diff(from, to);
    }

    @PostMapping("/{hash}/submit")
    RuleSetVersionView submit(@PathVariable String hash, @RequestBody(required = false) Review review, Principal analyst) {
        return reviews.submit(hash, analyst.getName(), Review.comment(review));
    }

    @PostMapping("/{hash}/approve")
    RuleSetVersionView approve(@PathVariable String hash, @RequestBody(required = false) Review review, Principal reviewer) {
        return reviews.approve(hash, reviewer.getName(), Review.comment(review));
    }

    @PostMapping("/{hash}/reject")
    RuleSetVersionView reject(@PathVariable String hash, @RequestBody(required = false) Review review, Principal reviewer) {
        return reviews.reject(hash, reviewer.getName(), Review.comment(review));
    }

    @PostMapping("/{hash}/activate")
    RuleSetVersionView activate(@PathVariable String hash, @RequestBody(required = false) Activation activation,
                                Principal reviewer) {
        Activation asked = activation == null ? new Activation(null, null) : activation;
        goLive.activate(hash, asked.effectiveFrom(), reviewer.getName(), asked.comment());
        active.refresh();
        return uploads.find(hash);
    }

    /** The optional body of an activation: from when (default now, never in the past) and why. */
    record Activation(OffsetDateTime effectiveFrom, String comment) {
    }

    /** The optional body of a review step: why. */
    record Review(String comment) {
        static String comment(Review review) {
            return review == null ? null : review.comment();
        }
    }

    private RuleSetUpload upload(List<MultipartFile> files, MultipartFile bundle, String parent, String comment) {
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
