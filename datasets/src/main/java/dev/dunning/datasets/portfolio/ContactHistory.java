package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentRecord;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Contacts the utility already made: up the ladder for the current debt (counted from the oldest open bill's due
 * date), and reminders about past bills paid late in the last 12 months. Reminders go by the household's preferred
 * electronic channel, notices by letter; whether an electronic message was opened, and when, follows the household.
 */
final class ContactHistory {
    private static final List<Rung> LADDER = List.of(new Rung(EscalationStep.PRE_DUE_REMINDER, -3),
            new Rung(EscalationStep.FIRST_REMINDER, 3), new Rung(EscalationStep.SECOND_REMINDER, 18),
            new Rung(EscalationStep.DEMAND_NOTICE, 35), new Rung(EscalationStep.FIELD_VISIT, 45),
            new Rung(EscalationStep.RESTRICTION_NOTICE, 80));
    private final Household household;
    private final Draw draw;
    private final Map<Channel, ChannelStatus> channels;
    private final PortfolioSpec spec;

    ContactHistory(Household household, Draw draw, Map<Channel, ChannelStatus> channels, PortfolioSpec spec) {
        this.household = household;
        this.draw = draw;
        this.channels = channels;
        this.spec = spec;
    }

    List<ContactRecord> draw(Ledger ledger) {
        List<ContactRecord> contacts = new ArrayList<>();
        LocalDate yearAgo = spec.today().minusMonths(12);
        ledger.paymentHistory().stream().filter(p -> p.dueDate().isAfter(yearAgo))
                .forEach(p -> contacts.addAll(aboutPaidBill(p)));
        ledger.openBills().stream().map(OpenBill::dueDate).min(Comparator.naturalOrder())
                .ifPresent(due -> contacts.addAll(climb(due, spec.today())));
        contacts.sort(Comparator.comparing(ContactRecord::at));
        return contacts;
    }

    /** The rungs reached before the bill was paid (pre-due reminders only for the current debt). */
    private List<ContactRecord> aboutPaidBill(PaymentRecord payment) {
        return climb(payment.dueDate(), payment.paidOn()).stream()
                .filter(c -> c.step() != EscalationStep.PRE_DUE_REMINDER).toList();
    }

    /** One contact per rung whose day, a day or two after its offset from {@code due}, comes before {@code until}. */
    private List<ContactRecord> climb(LocalDate due, LocalDate until) {
        List<ContactRecord> contacts = new ArrayList<>();
        for (Rung rung : LADDER) {
            LocalDate day = due.plusDays(rung.daysAfterDue() + draw.between(0, 2));
            if (!day.isBefore(until)) {
                break;
            }
            contacts.add(contact(rung.step(), day));
        }
        return contacts;
    }

    private ContactRecord contact(EscalationStep step, LocalDate day) {
        Channel channel = switch (step) {
            case DEMAND_NOTICE, RESTRICTION_NOTICE -> Channel.LETTER;
            case FIELD_VISIT -> Channel.FIELD_VISIT;
            default -> Channels.forReminders(channels);
        };
        LocalTime time = channel == Channel.FIELD_VISIT
                ? LocalTime.of(draw.between(14, 17), draw.between(0, 59)) : LocalTime.of(draw.between(9, 11), draw.between(0, 59));
        ZonedDateTime sent = ZonedDateTime.of(day, time, spec.zone());
        boolean delivered = draw.chance(channel == Channel.FIELD_VISIT ? 0.70 : 0.97);
        return new ContactRecord(sent.toOffsetDateTime(), channel, step, delivered,
                delivered && Channels.isElectronic(channel) ? openedAt(sent) : null);
    }

    /**
     * Opened at the segment's rate: 40 % within minutes (log-normal, median 8), the rest at the household's usual
     * hour, the same day or the next; never after the as-of moment.
     */
    private OffsetDateTime openedAt(ZonedDateTime sent) {
        if (!draw.chance(household.segment().openShare)) {
            return null;
        }
        ZonedDateTime opened = draw.chance(0.4)
                ? sent.plusMinutes(1 + Math.round(draw.logNormal(8, 0.8)))
                : usualHourAfter(sent);
        return opened.toOffsetDateTime().isAfter(spec.asOf()) ? null : opened.toOffsetDateTime();
    }

    private ZonedDateTime usualHourAfter(ZonedDateTime sent) {
        ZonedDateTime sameDay = sent.withHour(household.activeHour()).withMinute(draw.between(0, 59));
        return sameDay.isAfter(sent) ? sameDay : sameDay.plusDays(1);
    }

    private record Rung(EscalationStep step, int daysAfterDue) {
    }
}
