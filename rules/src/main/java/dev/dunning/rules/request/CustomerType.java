package dev.dunning.rules.request;

/** Residential households or businesses and institutions. */
public enum CustomerType {
    RESIDENTIAL, NON_RESIDENTIAL
}
