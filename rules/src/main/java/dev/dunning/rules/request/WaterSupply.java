package dev.dunning.rules.request;

/** Tap water from the network, or a self-supplied well. */
public enum WaterSupply {
    TAP, WELL
}
