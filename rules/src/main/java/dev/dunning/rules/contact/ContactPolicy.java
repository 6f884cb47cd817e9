package dev.dunning.rules.contact;

import dev.dunning.rules.compiler.RuleSetSource;

/**
 * The contact-planning part of a policy pack: the working-day calendar ({@code contact/calendar-cn.yaml}) and the
 * send-time policy ({@code contact/send-time.yaml}). A missing or malformed file is an
 * {@link IllegalArgumentException} naming the file and the field.
 */
public record ContactPolicy(WorkingDays calendar, SendTimePolicy sendTime) {

    public static ContactPolicy from(RuleSetSource pack) {
        return new ContactPolicy(CalendarFile.read(pack), SendTimeFile.read(pack));
    }

    public SendTimes sendTimes() {
        return new SendTimes(sendTime, calendar);
    }
}
