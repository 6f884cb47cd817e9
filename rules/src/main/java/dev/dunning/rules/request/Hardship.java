package dev.dunning.rules.request;

/** Hardship codes; sensitive personal information (PIPL). */
public enum Hardship {
    MINIMUM_LIVING_ALLOWANCE, EXTREME_POVERTY, ELDERLY_LIVING_ALONE, DISABILITY, MEDICAL_DEVICE
}
