package dev.dunning.rules.contact;

import dev.dunning.rules.request.ContactRecord;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The hour of day (in the account's zone) at which a customer most often opened past messages. */
final class OpenHours {

    private OpenHours() {
    }

    /** The most frequent open hour when there are at least {@code minOpens} opens; ties go to the earlier hour. */
    static OptionalInt mostFrequent(List<ContactRecord> history, ZoneId zone, int minOpens) {
        List<Integer> hours = history.stream().map(ContactRecord::openedAt).filter(Objects::nonNull)
                .map(opened -> opened.atZoneSameInstant(zone).getHour()).toList();
        if (hours.size() < minOpens) {
            return OptionalInt.empty();
        }
        return hours.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(count -> OptionalInt.of(count.getKey())).orElseGet(OptionalInt::empty);
    }
}
