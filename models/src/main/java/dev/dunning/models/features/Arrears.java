package dev.dunning.models.features;

import java.util.List;

/**
 * What is owed now and how it compares with the account's usual bill (the median bill), how long the history is, and
 * whether bills grow: scale-free, so yuan utility bills and the training data's card statements compare.
 */
final class Arrears implements FeatureGroup {
    /** Ratios to the usual bill are capped here (a year of monthly bills). */
    static final double MAX_RATIO = 12;

    @Override
    public List<String> names() {
        return List.of("billCount", "historyMissing", "unpaidBills", "oldestArrearsDays", "arrearsToUsualBill",
                "latestBillToUsual", "billTrend");
    }

    @Override
    public void write(Timeline timeline, double[] out, int offset) {
        List<Bill> bills = timeline.bills();
        List<Bill> unpaid = timeline.pastDue().stream().filter(Bill::unpaid).toList();
        double usual = timeline.usualBill();
        out[offset] = bills.size();
        out[offset + 1] = timeline.pastDue().isEmpty() ? 1 : 0;
        out[offset + 2] = unpaid.size();
        out[offset + 3] = unpaid.isEmpty() ? 0 : Stats.max(unpaid, Bill::daysLate);
        out[offset + 4] = ratio(unpaid.stream().mapToDouble(Bill::outstanding).sum(), usual);
        out[offset + 5] = bills.isEmpty() ? Double.NaN : ratio(bills.getFirst().amountDue(), usual);
        out[offset + 6] = trend(timeline);
    }

    /** {@code amount / usual}, capped; 0 for no amount, the cap for an amount on a usual bill of 0; NaN stays NaN. */
    static double ratio(double amount, double usual) {
        if (Double.isNaN(amount) || amount == 0) {
            return amount;
        }
        return usual > 0 ? Math.min(amount / usual, MAX_RATIO) : MAX_RATIO;
    }

    /** Log of the last three bills' mean over the three before (each plus one, so zero bills count); NaN when short. */
    private static double trend(Timeline timeline) {
        List<Bill> bills = timeline.bills();
        if (bills.size() < 4) {
            return Double.NaN;
        }
        double recent = Stats.mean(bills.subList(0, 3), Bill::amountDue);
        double older = Stats.mean(bills.subList(3, Math.min(6, bills.size())), Bill::amountDue);
        return Math.log((1 + recent) / (1 + older));
    }
}
