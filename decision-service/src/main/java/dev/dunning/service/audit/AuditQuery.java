package dev.dunning.service.audit;

import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.EscalationStep;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;

/**
 * What to look for in the log; every criterion is optional and they all must hold. {@code from} is inclusive and
 * {@code to} exclusive, on the time each entry was recorded. {@code firedRule} matches a DRL rule id or a DMN row id
 * of the decision's trace. In the OpenAPI document, each criterion is a query parameter of its own.
 */
@ParameterObject
public record AuditQuery(String accountId, OffsetDateTime from, OffsetDateTime to, EntryKind kind, EscalationStep step,
                         Channel channel, String ruleSetVersion, String firedRule, @Min(0) Integer page,
                         @Min(1) @Max(500) Integer size) {

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 50 : size;
    }

    /** The SQL condition (never empty) and its arguments, in order. */
    Where where() {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        List<Object> args = new ArrayList<>();
        add(conditions, args, "account_id = ?", accountId);
        add(conditions, args, "recorded_at >= ?", from);
        add(conditions, args, "recorded_at < ?", to);
        add(conditions, args, "kind = ?", kind == null ? null : kind.name());
        add(conditions, args, "step = ?", step == null ? null : step.name());
        add(conditions, args, "channel = ?", channel == null ? null : channel.name());
        add(conditions, args, "rule_set_version = ?", ruleSetVersion);
        add(conditions, args, "fired_rules LIKE ? ESCAPE '\\'", firedRule == null ? null
                : "% " + firedRule.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %");
        return new Where(String.join(" AND ", conditions), args);
    }

    private static void add(List<String> conditions, List<Object> args, String condition, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            args.add(value);
        }
    }

    record Where(String sql, List<Object> args) {
        Object[] argsWith(Object... more) {
            List<Object> all = new ArrayList<>(args);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }
}
