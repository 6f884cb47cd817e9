package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The channels a household can be contacted through, with reachability and consent, at the rates of the README. */
final class Channels {
    private static final List<Rate> RATES = List.of(
            new Rate(Channel.SMS, 0.97, 0.90, 0.93, 0.95),
            new Rate(Channel.WECHAT, 0.75, 0.50, 0.95, 0.85),
            new Rate(Channel.APP_PUSH, 0.30, 0.10, 0.90, 0.70),
            new Rate(Channel.EMAIL, 0.15, 0.85, 0.90, 0.90),
            new Rate(Channel.PHONE, 0.90, 0.95, 0.85, 0.80),
            new Rate(Channel.LETTER, 1.00, 1.00, 0.98, 1.00));
    /** Electronic channels in the order a utility prefers them for reminders. */
    private static final List<Channel> PREFERRED = List.of(Channel.WECHAT, Channel.APP_PUSH, Channel.SMS, Channel.EMAIL);

    private Channels() {
    }

    static Map<Channel, ChannelStatus> draw(Household household, Draw draw) {
        Map<Channel, ChannelStatus> channels = new EnumMap<>(Channel.class);
        for (Rate rate : RATES) {
            if (draw.chance(household.residential() ? rate.residential : rate.nonResidential)) {
                channels.put(rate.channel, new ChannelStatus(draw.chance(rate.reachable), draw.chance(rate.consented)));
            }
        }
        return channels;
    }

    /** The electronic channel reminders go through: the first preferred one reachable and consented, else a letter. */
    static Channel forReminders(Map<Channel, ChannelStatus> channels) {
        return PREFERRED.stream().filter(c -> usable(channels.get(c))).findFirst().orElse(Channel.LETTER);
    }

    static boolean isElectronic(Channel channel) {
        return PREFERRED.contains(channel);
    }

    private static boolean usable(ChannelStatus status) {
        return status != null && status.reachable() && status.consented();
    }

    /** Chance a channel is on file (residential, non-residential), and that it is reachable and consented. */
    private record Rate(Channel channel, double residential, double nonResidential, double reachable, double consented) {
    }
}
