package dev.dunning.rules.facts;

import java.math.BigDecimal;

/**
 * What the escalation tables found for the account's utility, place and customer type: whether its supply may be
 * restricted ({@code ALLOWED}, {@code APPROVAL} of a government body first, or {@code NEVER}), the days overdue and
 * the cure period after the demand notice before a restriction notice, the notice's lead time (in hours, or in
 * working days where {@code noticeLeadWorkingDays} is set), and the hours within which supply is restored after
 * payment (empty where no rule sets one).
 */
public record RestrictionTerms(String restriction, BigDecimal minDaysOverdue, BigDecimal cureDays,
                               BigDecimal noticeLeadHours, BigDecimal restoreWithinHours,
                               BigDecimal noticeLeadWorkingDays) {

    /** True when {@code daysSinceDemandNotice} days after the demand notice, the cure period has run. */
    public boolean cureOver(Long daysSinceDemandNotice, Long daysOverdue) {
        return daysSinceDemandNotice != null && daysOverdue != null
                && cureDays.compareTo(BigDecimal.valueOf(daysSinceDemandNotice)) <= 0
                && minDaysOverdue.compareTo(BigDecimal.valueOf(daysOverdue)) <= 0;
    }
}
