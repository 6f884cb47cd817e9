package dev.dunning.rules.contact;

import dev.dunning.rules.request.ContactRecord;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code maxContacts} contacts per account in any {@code window}, across channels. Every past or planned
 * contact not reported undelivered counts, at its own time.
 */
public record FrequencyCap(int maxContacts, Duration window) {

    /**
     * Empty when a contact at {@code sendAt} keeps within the cap; otherwise the first moment one is allowed again:
     * when enough of the contacts counted before {@code sendAt} have left the window.
     */
    public Optional<OffsetDateTime> heldUntil(List<ContactRecord> history, OffsetDateTime sendAt) {
        List<OffsetDateTime> counted = counted(history, sendAt);
        if (counted.size() < maxContacts) {
            return Optional.empty();
        }
        OffsetDateTime leaving = counted.get(counted.size() - maxContacts);
        return Optional.of(leaving.plus(window).atZoneSameInstant(sendAt.getOffset()).toOffsetDateTime());
    }

    /** The times of the contacts in the window that ends at {@code sendAt}, oldest first. */
    public List<OffsetDateTime> counted(List<ContactRecord> history, OffsetDateTime sendAt) {
        OffsetDateTime from = sendAt.minus(window);
        return history.stream().filter(c -> !Boolean.FALSE.equals(c.delivered())).map(ContactRecord::at)
                .filter(at -> at.isAfter(from) && !at.isAfter(sendAt)).sorted().toList();
    }
}
