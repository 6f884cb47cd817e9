package dev.dunning.rules.pipeline;

import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The channel a message goes through and, for a written notice, the channel of its electronic copy (empty when no
 * electronic channel is reachable and consented: the written notice still goes).
 */
record Route(Channel channel, Optional<Channel> copy) {

    /**
     * An ordinary message goes by the first preferred channel the account can use. A written notice goes by the first
     * preferred channel, which must carry paper (LETTER, or FIELD_VISIT to hand it over), its copy by the first usable
     * one of the rest.
     */
    static Optional<Route> of(ContactChannels.Preference preference, Map<Channel, ChannelStatus> statuses) {
        List<Channel> channels = preference.channels();
        if (!preference.writtenNotice()) {
            return channels.stream().filter(c -> usable(c, statuses)).findFirst().map(c -> new Route(c, Optional.empty()));
        }
        Channel carrier = channels.getFirst();
        if (carrier != Channel.LETTER && carrier != Channel.FIELD_VISIT) {
            throw new IllegalStateException("A written notice goes by LETTER or FIELD_VISIT, not " + carrier);
        }
        return Optional.of(new Route(carrier, channels.stream().skip(1).filter(c -> usable(c, statuses)).findFirst()));
    }

    /** LETTER and FIELD_VISIT need no consent; every other channel must be reachable and consented. */
    private static boolean usable(Channel channel, Map<Channel, ChannelStatus> statuses) {
        if (channel == Channel.LETTER || channel == Channel.FIELD_VISIT) {
            return true;
        }
        ChannelStatus status = statuses.get(channel);
        return status != null && status.reachable() && status.consented();
    }
}
