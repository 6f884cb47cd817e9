package dev.dunning.models.features;

import java.util.ArrayList;
import java.util.List;

/**
 * How late past-due bills were: per recent bill, counts, worst and mean, how recent the last late bill is, and the
 * trend of the last three bills against the three before.
 */
final class Lateness implements FeatureGroup {
    static final int PER_BILL = 5;

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int bill = 1; bill <= PER_BILL; bill++) {
            names.add("daysLateBill" + bill);
        }
        names.addAll(List.of("latePaymentsLast3", "latePaymentsLast6", "worstDaysLate", "meanDaysLateLast6",
                "lateRecency", "lateTrend"));
        return names;
    }

    @Override
    public void write(Timeline timeline, double[] out, int offset) {
        List<Bill> pastDue = timeline.pastDue();
        int at = offset;
        for (int bill = 0; bill < PER_BILL; bill++) {
            out[at++] = bill < pastDue.size() ? pastDue.get(bill).daysLate() : Double.NaN;
        }
        out[at++] = Stats.count(timeline.recent(3), Bill::isLate);
        out[at++] = Stats.count(timeline.recent(Timeline.RECENT), Bill::isLate);
        out[at++] = Stats.max(pastDue, Bill::daysLate);
        out[at++] = Stats.mean(timeline.recent(Timeline.RECENT), Bill::daysLate);
        out[at++] = recency(pastDue);
        out[at] = Stats.mean(timeline.pastDue(0, 3), Bill::daysLate)
                - Stats.mean(timeline.pastDue(3, 6), Bill::daysLate);
    }

    /** 1 when the most recent past-due bill was late, 1/2 when the one before, …; 0 when none was. */
    private static double recency(List<Bill> pastDue) {
        for (int bill = 0; bill < pastDue.size(); bill++) {
            if (pastDue.get(bill).isLate()) {
                return 1.0 / (bill + 1);
            }
        }
        return 0;
    }
}
