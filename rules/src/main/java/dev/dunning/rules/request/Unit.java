package dev.dunning.rules.request;

/** Units of metered usage. */
public enum Unit {
    M3, KWH
}
