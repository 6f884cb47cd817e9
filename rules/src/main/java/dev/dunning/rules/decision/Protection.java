package dev.dunning.rules.decision;

/** A protection that applies to the account: a hard limit no score or table may override. */
public record Protection(String code, String reason, String source) {
}
