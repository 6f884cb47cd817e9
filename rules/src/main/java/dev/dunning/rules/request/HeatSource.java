package dev.dunning.rules.request;

/** Where heat comes from: the city network, or a gas, oil or electric boiler. */
public enum HeatSource {
    CITY_NETWORK, BOILER
}
