package dev.dunning.service.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.diff.RuleSetChanges;
import dev.dunning.rules.diff.RuleSetDiff;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.scenarios.RuleSetVerification;
import dev.dunning.rules.scenarios.VerificationPool;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads and checks of rule-set versions. Every upload goes through the one compiler (with its sandbox) and the
 * version's own scenarios, on the checking pool within its limits and outside any transaction; one that does not
 * compile, or is over a limit, is refused with every problem and nothing is stored. One that compiles is stored as a
 * DRAFT with its verification, even when scenarios fail (submitting will require them green).
 */
@Service
public class RuleSetUploads {
    private static final Logger log = LoggerFactory.getLogger(RuleSetUploads.class);
    private final RuleSetVersions versions;
    private final RuleSetEvents events;
    private final RuleSetHistory history;
    private final VerificationPool checks;
    private final ActiveRuleSet active;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    RuleSetUploads(RuleSetVersions versions, RuleSetEvents events, RuleSetHistory history, VerificationPool checks,
                   ActiveRuleSet active, ObjectMapper json, Clock clock, PlatformTransactionManager transactions) {
        this.active = active;
        this.versions = versions;
        this.events = events;
        this.history = history;
        this.checks = checks;
        this.json = json;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public RuleSetVerification validate(RuleSetUpload upload) {
        return checks.verify(readOnly.execute(status -> source(upload)));
    }

    /** Stores the upload as a DRAFT version, or answers the version already stored with the same content. */
    public Uploaded upload(RuleSetUpload upload, String author) {
        RuleSetSource source = readOnly.execute(status -> source(upload));
        var existing = readOnly.execute(status -> versions.findById(source.hash()).map(this::view));
        if (existing.isPresent()) {
            return new Uploaded(existing.get(), false);
        }
        RuleSetVerification verification = checks.verify(source);
        if (!verification.compiles()) {
            throw new RuleSetRejected(verification);
        }
        return writing.execute(status -> store(source, upload, author, verification));
    }

    private Uploaded store(RuleSetSource source, RuleSetUpload upload, String author, RuleSetVerification verification) {
        var existing = versions.findById(source.hash());
        if (existing.isPresent()) {
            return new Uploaded(view(existing.get()), false);
        }
        RuleSetVersion version = versions.save(new RuleSetVersion(source, RuleSetStatus.DRAFT, author, clock.instant(),
                upload.comment(), parent(upload).hash(), write(verification)));
        history.record(version, RuleSetEvent.Action.UPLOADED, author, upload.comment());
        log.info("Rule-set version {} ({}) uploaded by {}: {} of {} scenarios passed", version.version(), version.hash(),
                author, verification.scenarios().passed(), verification.scenarios().total());
        return new Uploaded(view(version), true);
    }

    @Transactional(readOnly = true)
    public RuleSetVersionView find(String hash) {
        return view(stored(hash));
    }

    /** What changed from one stored version to another: files, DRL rules, table rows and parameters. */
    @Transactional(readOnly = true)
    public RuleSetChanges diff(String fromHash, String toHash) {
        return RuleSetDiff.between(stored(fromHash).source(), stored(toHash).source());
    }

    private RuleSetVersion stored(String hash) {
        return versions.findById(hash).orElseThrow(() -> new RuleSetNotFound(hash));
    }

    @Transactional(readOnly = true)
    public List<RuleSetVersionView> all() {
        return versions.findAllByOrderByCreatedAtDesc().stream().map(v -> new RuleSetVersionView(v.hash(), v.version(),
                active.statusNow(v.hash(), v.status()), v.author(), v.createdAt(), v.comment(), v.parentHash(), null, null, null)).toList();
    }

    /** An upload's outcome: the stored version, and whether this upload created it. */
    public record Uploaded(RuleSetVersionView version, boolean created) {
    }

    private RuleSetSource source(RuleSetUpload upload) {
        if (upload.wholeBundle()) {
            return PolicyPack.fromFiles(upload.files());
        }
        Map<String, String> files = new TreeMap<>(parent(upload).source().files());
        files.putAll(upload.files());
        return PolicyPack.fromFiles(files);
    }

    private RuleSetVersion parent(RuleSetUpload upload) {
        if (upload.parentHash() != null) {
            return versions.findById(upload.parentHash()).orElseThrow(() -> new RuleSetNotFound(upload.parentHash()));
        }
        return stored(active.current().hash());
    }

    RuleSetVersionView view(RuleSetVersion version) {
        return new RuleSetVersionView(version.hash(), version.version(), active.statusNow(version.hash(), version.status()),
                version.author(),
                version.createdAt(), version.comment(), version.parentHash(), List.copyOf(version.source().files().keySet()),
                read(version.verificationJson()),
                events.findByVersionHashOrderByHappenedAtAscIdAsc(version.hash()).stream().map(RuleSetEvent::view).toList());
    }

    private String write(RuleSetVerification verification) {
        try {
            return json.writeValueAsString(verification);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    RuleSetVerification read(String text) {
        try {
            return json.readValue(text, RuleSetVerification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored verification is unreadable", e);
        }
    }
}
