package dev.dunning.service.audit;

import com.opencsv.ICSVWriter;
import dev.dunning.datasets.csv.FormulaSafeCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes the entries a query finds as CSV, oldest first, streaming (constant memory), with no cell a spreadsheet
 * would run as a formula ({@link FormulaSafeCsv}). Names and phone numbers are masked unless the export is unmasked; every export is itself logged first (who, what, and for an unmasked one why),
 * so an export that cannot be logged does not happen.
 */
@Component
class AuditExport {
    private static final String[] HEADER = {"seq", "recorded_at", "kind", "actor", "subject", "request_id", "account_id",
            "customer_name", "as_of", "step", "channel", "rule_set_version", "rule_set_hash", "model_version",
            "fired_rules", "content", "content_hash", "previous_hash", "entry_hash"};
    private final AuditSearch search;
    private final AuditRecorder recorder;

    AuditExport(AuditSearch search, AuditRecorder recorder) {
        this.search = search;
        this.recorder = recorder;
    }

    /** Logs the export and returns what writes it. An unmasked export needs a reason. */
    Exporting start(AuditQuery query, boolean unmasked, String reason, String actor) {
        if (unmasked && (reason == null || reason.isBlank())) {
            throw new InvalidAuditRequest("reason", "an unmasked export needs a stated reason, which is logged");
        }
        recorder.record(unmasked ? EntryKind.AUDIT_EXPORT_UNMASKED : EntryKind.AUDIT_EXPORT, actor, null,
                Map.of("query", query, "unmasked", unmasked, "reason", reason == null ? "" : reason));
        return out -> write(query, unmasked, out);
    }

    private void write(AuditQuery query, boolean unmasked, OutputStream out) {
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             ICSVWriter csv = FormulaSafeCsv.writer(writer)) {
            csv.writeNext(HEADER, false);
            search.forEach(query, entry -> csv.writeNext(row(entry, unmasked), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] row(ChainedEntry chained, boolean unmasked) {
        LogEntry e = chained.entry();
        LogEntry.Facts f = e.facts();
        String name = Masking.customerName(e.content());
        return new String[] {String.valueOf(chained.seq()), e.recordedAt().toString(), e.kind().name(), e.actor(),
                e.subject(), f.requestId(), f.accountId(), unmasked ? name : Masking.name(name), text(f.asOf()), f.step(),
                f.channel(), f.ruleSetVersion(), f.ruleSetHash(), f.modelVersion(), f.firedRules() == null ? null : f.firedRules().trim(),
                unmasked ? e.content() : Masking.content(e.content()), chained.contentHash(), chained.previousHash(),
                chained.entryHash()};
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Writes the export to a response body. */
    interface Exporting {
        void writeTo(OutputStream out);
    }
}
