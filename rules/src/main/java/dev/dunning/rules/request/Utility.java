package dev.dunning.rules.request;

/** The supply or service an account is billed for. */
public enum Utility {
    HEATING, WATER, ELECTRICITY, GAS, PROPERTY
}
