package dev.dunning.rules.pipeline;

import dev.dunning.rules.facts.DunningState;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.contact.ContactDetails;
import dev.dunning.rules.contact.ContactPolicy;
import dev.dunning.rules.contact.FrequencyCap;
import dev.dunning.rules.contact.MessageTemplate;
import dev.dunning.rules.contact.MessageValues;
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
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.OpenBill;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans the message of a decision: the channel from the pack's {@value ContactChannels#MODEL} table and the account's
 * reachable, consented channels ({@link Route}); the template of the step; the text in the account's language; the
 * send time from the pack's send-time policy, in the account's zone; the frequency cap. Whatever is missing or not
 * allowed suppresses the message with a reason instead of failing the decision. A contact already planned for later
 * than the decision (in the contact history) is not planned twice.
 */
final class ContactPlanner {
    private final ContactChannels channels = new ContactChannels();
    private final Map<String, Pack> packs = new ConcurrentHashMap<>();

    /** The contact files of one rule set, read once. */
    private record Pack(ContactPolicy policy, ContactDetails details) {
    }

    Contact plan(DecisionRequest request, CompiledRuleSet ruleSet, DunningState state, Escalation escalation,
                 Charges charges, RiskBand band, List<MatchedRow> rows) {
        EscalationStep step = escalation.step();
        if (step == EscalationStep.NONE) {
            return Contact.suppressed("no escalation step");
        }
        try {
            Account account = request.account();
            ContactChannels.Preference preference = channels.of(ruleSet.decisionTables(), step, band, state, rows);
            if (escalation.action() != EscalationAction.CONTACT) {
                return Contact.suppressed("escalation action " + escalation.action());
            }
            Optional<ContactRecord> pending = pending(request);
            if (pending.isPresent()) {
                ContactRecord planned = pending.get();
                return Contact.suppressed("a contact is already planned: " + planned.step() + " by " + planned.channel()
                        + " at " + planned.at());
            }
            Optional<Route> route = Route.of(preference, account.channels());
            if (route.isEmpty()) {
                return Contact.suppressed("no reachable consented channel");
            }
            Optional<MessageTemplate> template = template(ruleSet, step, account, band);
            if (template.isEmpty()) {
                return Contact.suppressed("no message template for " + step + " and " + account.customerType());
            }
            return send(request, pack(ruleSet), escalation, charges, route.get(), template.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Contact.suppressed(e.getMessage());
        }
    }

    private Contact send(DecisionRequest request, Pack pack, Escalation escalation, Charges charges, Route route,
                         MessageTemplate template) {
        OffsetDateTime sendAt = sendAt(request, pack, route.channel(), escalation.step());
        FrequencyCap cap = pack.policy().sendTime().frequencyCap();
        Optional<OffsetDateTime> heldUntil = cap.heldUntil(request.contactHistory(), sendAt);
        if (heldUntil.isPresent()) {
            return Contact.suppressed("frequency cap: " + cap.counted(request.contactHistory(), sendAt).size()
                    + " contacts in the " + cap.window().toDays() + " days before " + sendAt + " (at most "
                    + cap.maxContacts() + "); next contact allowed from " + heldUntil.get(), heldUntil.get());
        }
        String message = template.render(locale(request.account()), values(request, pack, escalation, charges, sendAt));
        Contact.ElectronicCopy copy = route.copy().map(channel -> new Contact.ElectronicCopy(channel,
                sendAt(request, pack, channel, escalation.step()))).orElse(null);
        return new Contact(true, route.channel(), template.id(), sendAt, message, null, copy, null);
    }

    private static OffsetDateTime sendAt(DecisionRequest request, Pack pack, Channel channel, EscalationStep step) {
        Account account = request.account();
        var debitOn = Boolean.TRUE.equals(account.autoDebit()) ? account.autoDebitOn() : null;
        return pack.policy().sendTimes().plan(new SendTimeRequest(request.asOf(), account.timeZone(), channel,
                request.contactHistory(), debitOn, step.compareTo(EscalationStep.DEMAND_NOTICE) >= 0)).sendAt();
    }

    private static MessageValues values(DecisionRequest request, Pack pack, Escalation escalation, Charges charges,
                                        OffsetDateTime sendAt) {
        Account account = request.account();
        LocalDate deadline = deadline(request, escalation);
        var start = sendAt.toLocalDate();
        Integer workingDays = deadline == null ? null : (int) start.datesUntil(deadline.plusDays(1)).skip(1)
                .filter(pack.policy().calendar()::isWorkingDay).count();
        return new MessageValues(account.name(), account.id(), charges.totalDue(), deadline, workingDays,
                escalation.step() == EscalationStep.FIELD_VISIT ? start : null,
                charges.lateFees().stream().map(LateFee::dailyRate).findFirst().orElse(null),
                pack.details().paymentLink(), pack.details().hotline());
    }

    /** A pre-due reminder asks for payment by the due date; every later step by the ladder's next review. */
    private static LocalDate deadline(DecisionRequest request, Escalation escalation) {
        if (escalation.step() != EscalationStep.PRE_DUE_REMINDER) {
            return escalation.nextReviewOn();
        }
        return request.openBills().stream().map(OpenBill::dueDate).min(Comparator.naturalOrder())
                .orElse(escalation.nextReviewOn());
    }

    /** The earliest contact planned for after the decision moment and not reported undelivered. */
    private static Optional<ContactRecord> pending(DecisionRequest request) {
        return request.contactHistory().stream()
                .filter(c -> c.at().isAfter(request.asOf()) && !Boolean.FALSE.equals(c.delivered()))
                .min(Comparator.comparing(ContactRecord::at));
    }

    private static Optional<MessageTemplate> template(CompiledRuleSet ruleSet, EscalationStep step, Account account,
                                                      RiskBand band) {
        List<Tone> tones = step == EscalationStep.SECOND_REMINDER && band == RiskBand.HIGH
                ? List.of(Tone.FIRM, Tone.GENTLE) : List.of(Tone.GENTLE, Tone.FIRM);
        return tones.stream().flatMap(tone -> ruleSet.templates().find(step, account.customerType(), tone).stream())
                .findFirst();
    }

    private static Locale locale(Account account) {
        return account.locale() != null && account.locale().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private Pack pack(CompiledRuleSet ruleSet) {
        return packs.computeIfAbsent(ruleSet.hash(), hash -> new Pack(ContactPolicy.from(ruleSet.source()),
                ContactDetails.from(ruleSet.source())));
    }
}
