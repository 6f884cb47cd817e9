package dev.dunning.rules.contact;

import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the send-time planner needs to know about one message.
 *
 * @param decidedAt   the moment of the decision; the message never goes out before it
 * @param zone        the account's zone, or null for the policy's default zone (Asia/Shanghai in the default pack)
 * @param channel     the channel the message goes through
 * @param history     past contacts; their {@code openedAt} times teach the customer's open hour
 * @param autoDebitOn the date the bank debits the account, or null without auto-debit
 * @param urgent      an urgent step goes out at the channel's first slot, without preferences
 */
public record SendTimeRequest(
        OffsetDateTime decidedAt, ZoneId zone, Channel channel, List<ContactRecord> history, LocalDate autoDebitOn,
        boolean urgent) {

    public SendTimeRequest {
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(channel, "channel");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
