package dev.dunning.rules.request;

/** How heating is billed: by building area or by metered heat. */
public enum HeatingMethod {
    AREA, METERED
}
