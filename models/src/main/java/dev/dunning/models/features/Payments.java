package dev.dunning.models.features;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of each bill was paid: paid-to-billed ratios per recent bill, their mean, minimum and trend, full payments,
 * bills of zero, how many payments are unknown, partial payments on time, and payments against the usual bill.
 */
final class Payments implements FeatureGroup {
    static final int PER_BILL = 5;

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int bill = 1; bill <= PER_BILL; bill++) {
            names.add("paidRatioBill" + bill);
        }
        names.addAll(List.of("meanPaidRatioLast6", "minPaidRatioLast6", "paidRatioTrend", "fullPaymentsLast6",
                "zeroBillsLast6", "unknownPaymentsLast6", "partialOnTimeLast6", "paymentToUsualBill"));
        return names;
    }

    @Override
    public void write(Timeline timeline, double[] out, int offset) {
        List<Bill> pastDue = timeline.pastDue();
        List<Bill> recent = timeline.recent(Timeline.RECENT);
        int at = offset;
        for (int bill = 0; bill < PER_BILL; bill++) {
            out[at++] = bill < pastDue.size() ? pastDue.get(bill).paidRatio() : Double.NaN;
        }
        out[at++] = Stats.mean(recent, Bill::paidRatio);
        out[at++] = Stats.min(recent, Bill::paidRatio);
        out[at++] = Stats.mean(timeline.pastDue(0, 3), Bill::paidRatio)
                - Stats.mean(timeline.pastDue(3, 6), Bill::paidRatio);
        out[at++] = Stats.count(recent, bill -> bill.hasKnownPayment() && bill.amountPaid() >= bill.amountDue());
        out[at++] = Stats.count(recent, bill -> bill.amountDue() == 0);
        out[at++] = Stats.count(recent, bill -> !bill.hasKnownPayment());
        out[at++] = Stats.count(recent, Payments::partOnTime);
        out[at] = Arrears.ratio(Stats.mean(recent, Bill::amountPaid), timeline.usualBill());
    }

    /** Paid on time, but only part of the bill (a card's minimum payment, a utility's partial payment). */
    private static boolean partOnTime(Bill bill) {
        return !bill.isLate() && bill.hasKnownPayment() && bill.amountPaid() < bill.amountDue();
    }
}
