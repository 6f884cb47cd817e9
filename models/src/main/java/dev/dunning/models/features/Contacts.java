package dev.dunning.models.features;

import dev.dunning.rules.request.ContactRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Contact engagement: reminders in the last 90 days and the share of delivered ones that were opened. */
final class Contacts implements FeatureGroup {
    static final int WINDOW_DAYS = 90;

    @Override
    public List<String> names() {
        return List.of("contactsLast90Days", "contactOpenedRatio", "contactHistoryMissing");
    }

    @Override
    public void write(Timeline timeline, double[] out, int offset) {
        List<ContactRecord> contacts = timeline.contacts();
        OffsetDateTime since = timeline.asOf().minusDays(WINDOW_DAYS).atStartOfDay().atOffset(ZoneOffset.UTC);
        int delivered = 0;
        int opened = 0;
        int recent = 0;
        for (ContactRecord contact : contacts) {
            recent += contact.at().isAfter(since) ? 1 : 0;
            if (Boolean.TRUE.equals(contact.delivered())) {
                delivered++;
                opened += contact.openedAt() != null ? 1 : 0;
            }
        }
        out[offset] = recent;
        out[offset + 1] = delivered == 0 ? Double.NaN : (double) opened / delivered;
        out[offset + 2] = contacts.isEmpty() ? 1 : 0;
    }
}
