package dev.dunning.service.rulesets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of rule-set versions: an analyst submits a DRAFT that compiles and whose scenarios are green; a reviewer
 * who is not its author approves or rejects it (four-eyes). Each step is recorded with who, when and why.
 */
@Service
public class RuleSetReviews {
    private static final Logger log = LoggerFactory.getLogger(RuleSetReviews.class);
    private final RuleSetVersions versions;
    private final RuleSetHistory history;
    private final RuleSetUploads uploads;

    RuleSetReviews(RuleSetVersions versions, RuleSetHistory history, RuleSetUploads uploads) {
        this.versions = versions;
        this.history = history;
        this.uploads = uploads;
    }

    @Transactional
    public RuleSetVersionView submit(String hash, String analyst, String comment) {
        RuleSetVersion version = inState(hash, RuleSetStatus.DRAFT, "submitted");
        var verification = uploads.read(version.verificationJson());
        if (!verification.clean()) {
            throw new RuleSetTransitionRefused("Version " + hash + " cannot be submitted: it needs a clean validation"
                    + " and green scenarios (" + verification.scenarios().failures().size() + " scenario(s) failed of "
                    + verification.scenarios().total() + ")");
        }
        return record(version, RuleSetStatus.IN_REVIEW, RuleSetEvent.Action.SUBMITTED, analyst, comment);
    }

    @Transactional
    public RuleSetVersionView approve(String hash, String reviewer, String comment) {
        RuleSetVersion version = inState(hash, RuleSetStatus.IN_REVIEW, "approved");
        if (version.author().equals(reviewer)) {
            throw new RuleSetTransitionRefused("Four-eyes: " + reviewer + " wrote version " + hash
                    + " and may not approve it; another reviewer must");
        }
        return record(version, RuleSetStatus.APPROVED, RuleSetEvent.Action.APPROVED, reviewer, comment);
    }

    @Transactional
    public RuleSetVersionView reject(String hash, String reviewer, String comment) {
        RuleSetVersion version = inState(hash, RuleSetStatus.IN_REVIEW, "rejected");
        return record(version, RuleSetStatus.REJECTED, RuleSetEvent.Action.REJECTED, reviewer, comment);
    }

    private RuleSetVersion inState(String hash, RuleSetStatus required, String step) {
        RuleSetVersion version = versions.findById(hash).orElseThrow(() -> new RuleSetNotFound(hash));
        if (version.status() != required) {
            throw new RuleSetTransitionRefused("Version " + hash + " is " + version.status() + "; only a " + required
                    + " version can be " + step);
        }
        return version;
    }

    private RuleSetVersionView record(RuleSetVersion version, RuleSetStatus next, RuleSetEvent.Action action,
                                      String actor, String comment) {
        version.moveTo(next);
        history.record(version, action, actor, comment);
        log.info("Rule-set version {} {} by {}", version.hash(), action, actor);
        return uploads.view(version);
    }
}
