package dev.dunning.service.audit;

/** What an entry of the decision log records. */
public enum EntryKind {
    DECISION,
    RULE_SET_UPLOADED, RULE_SET_SUBMITTED, RULE_SET_APPROVED, RULE_SET_REJECTED, RULE_SET_ACTIVATED, RULE_SET_ROLLED_BACK,
    AUDIT_EXPORT, AUDIT_EXPORT_UNMASKED, RETENTION_PURGE
}
