package dev.dunning.models.features;

import dev.dunning.models.AccountHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * The one feature pipeline of the risk model, for training and for live scoring: an account history becomes a vector
 * of named features. A value that cannot be computed (no bill in that position, an unknown payment, no contact) is
 * NaN; the model replaces NaN with its training median, and the indicator features ({@code billCount},
 * {@code historyMissing}, {@code unknownPaymentsLast6}, {@code contactHistoryMissing}) say that it did.
 */
public final class RiskFeatures {
    private static final List<FeatureGroup> GROUPS =
            List.of(new Lateness(), new Payments(), new Arrears(), new Contacts());
    private static final List<String> NAMES = names(GROUPS);
    private static final int[] SIZES = GROUPS.stream().mapToInt(group -> group.names().size()).toArray();

    private RiskFeatures() {
    }

    /** Stable, readable feature names, in vector order. */
    public static List<String> names() {
        return NAMES;
    }

    public static double[] of(AccountHistory history) {
        Timeline timeline = Timeline.of(history);
        double[] features = new double[NAMES.size()];
        int offset = 0;
        for (int group = 0; group < SIZES.length; group++) {
            GROUPS.get(group).write(timeline, features, offset);
            offset += SIZES[group];
        }
        return features;
    }

    private static List<String> names(List<FeatureGroup> groups) {
        List<String> names = new ArrayList<>();
        groups.forEach(group -> names.addAll(group.names()));
        return List.copyOf(names);
    }
}
