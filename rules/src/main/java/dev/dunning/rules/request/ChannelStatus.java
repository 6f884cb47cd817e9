package dev.dunning.rules.request;

/** Whether a channel reaches the customer and whether the customer agreed to be contacted through it. */
public record ChannelStatus(boolean reachable, boolean consented) {
}
