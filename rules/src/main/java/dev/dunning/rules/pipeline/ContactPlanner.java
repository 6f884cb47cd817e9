package dev.dunning.rules.pipeline;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.contact.ContactDetails;
import dev.dunning.rules.contact.ContactPolicy;
import dev.dunning.rules.contact.MessageTemplate;
import dev.dunning.rules.contact.MessageValues;
import dev.dunning.rules.contact.SendTime;
import dev.dunning.rules.contact.SendTimeRequest;
import dev.dunning.rules.contact.Tone;
import dev.dunning.rules.decision.Charges;
import dev.dunning.rules.decision.Contact;
import dev.dunning.rules.decision.Escalation;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.decision.LateFee;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans the message of a decision: the channel from the pack's {@value ContactChannels#MODEL} table and the account's
 * reachable, consented channels; the template of the step; the text in the account's language; the send time from
 * the pack's send-time policy. Whatever is missing suppresses the message with a reason instead of failing the decision.
 */
final class ContactPlanner {
    private final ContactChannels channels = new ContactChannels();
    private final Map<String, Pack> packs = new ConcurrentHashMap<>();

    /** The contact files of one rule set, read once. */
    private record Pack(ContactPolicy policy, ContactDetails details) {
    }

    Contact plan(DecisionRequest request, CompiledRuleSet ruleSet, Escalation escalation, Charges charges,
                 RiskBand band, List<MatchedRow> rows) {
        EscalationStep step = escalation.step();
        if (step == EscalationStep.NONE) {
            return Contact.suppressed("no escalation step");
        }
        try {
            Account account = request.account();
            ContactChannels.Preference preference = channels.of(ruleSet.decisionTables(), step, band,
                    account.customerType(), rows);
            if (escalation.action() != EscalationAction.CONTACT) {
                return Contact.suppressed("escalation action " + escalation.action());
            }
            Optional<Channel> channel = preference.letterRequired() ? Optional.of(Channel.LETTER)
                    : preference.channels().stream().filter(c -> usable(c, account.channels())).findFirst();
            if (channel.isEmpty()) {
                return Contact.suppressed("no reachable consented channel");
            }
            Optional<MessageTemplate> template = template(ruleSet, step, account, band);
            if (template.isEmpty()) {
                return Contact.suppressed("no message template for " + step + " and " + account.customerType());
            }
            return send(request, pack(ruleSet), escalation, charges, channel.get(), template.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Contact.suppressed(e.getMessage());
        }
    }

    private Contact send(DecisionRequest request, Pack pack, Escalation escalation, Charges charges, Channel channel,
                         MessageTemplate template) {
        Account account = request.account();
        EscalationStep step = escalation.step();
        SendTime at = pack.policy().sendTimes().plan(new SendTimeRequest(request.asOf(), null, channel,
                request.contactHistory(), null, step.compareTo(EscalationStep.DEMAND_NOTICE) >= 0));
        var deadline = escalation.nextReviewOn();
        var start = at.sendAt().toLocalDate();
        Integer workingDays = deadline == null ? null : (int) start.datesUntil(deadline.plusDays(1)).skip(1)
                .filter(pack.policy().calendar()::isWorkingDay).count();
        MessageValues values = new MessageValues(account.name(), account.id(), charges.totalDue(), deadline,
                workingDays, step == EscalationStep.FIELD_VISIT ? start : null,
                charges.lateFees().stream().map(LateFee::dailyRate).findFirst().orElse(null),
                pack.details().paymentLink(), pack.details().hotline());
        String message = template.render(locale(account), values);
        return new Contact(true, channel, template.id(), at.sendAt(), message, null);
    }

    private static Optional<MessageTemplate> template(CompiledRuleSet ruleSet, EscalationStep step, Account account,
                                                      RiskBand band) {
        List<Tone> tones = step == EscalationStep.SECOND_REMINDER && band == RiskBand.HIGH
                ? List.of(Tone.FIRM, Tone.GENTLE) : List.of(Tone.GENTLE, Tone.FIRM);
        return tones.stream().flatMap(tone -> ruleSet.templates().find(step, account.customerType(), tone).stream())
                .findFirst();
    }

    private static boolean usable(Channel channel, Map<Channel, ChannelStatus> statuses) {
        if (channel == Channel.LETTER || channel == Channel.FIELD_VISIT) {
            return true;
        }
        ChannelStatus status = statuses.get(channel);
        return status != null && status.reachable() && status.consented();
    }

    private static Locale locale(Account account) {
        return account.locale() != null && account.locale().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private Pack pack(CompiledRuleSet ruleSet) {
        return packs.computeIfAbsent(ruleSet.hash(), hash -> new Pack(ContactPolicy.from(ruleSet.source()),
                ContactDetails.from(ruleSet.source())));
    }
}
