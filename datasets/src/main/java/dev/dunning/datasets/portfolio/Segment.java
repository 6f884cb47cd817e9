package dev.dunning.datasets.portfolio;

import java.util.List;

/**
 * A household's latent payment propensity: it drives lateness and partial payments across the payment history, how
 * long the open bills have been overdue, autoDebit and how often contacts are opened. The rates are documented in
 * {@code datasets/README.md}; change them there too.
 *
 * @param residentialShare share of residential accounts in the segment
 * @param nonResidentialShare share of non-residential accounts in the segment
 * @param lateShare share of past bills paid after their due date
 * @param meanDaysLate mean days after the due date of a late payment (exponential, at most 120)
 * @param partialShare share of past bills paid only in part (the rest is carried to the next payment)
 * @param notYetDueShare share of accounts whose oldest open bill is not due yet
 * @param meanDaysOverdue mean days overdue of the oldest open bill otherwise (exponential, at most 120)
 * @param longArrearsShare share of accounts whose oldest open bill is 121 to 400 days overdue
 * @param autoDebitShare share of accounts paying by automatic debit
 * @param openShare share of delivered electronic contacts that are opened
 */
enum Segment {
    ON_TIME(0.55, 0.60, 0.04, 5, 0.01, 0.50, 6, 0.00, 0.40, 0.80),
    SOMETIMES_LATE(0.25, 0.28, 0.30, 12, 0.05, 0.20, 20, 0.01, 0.15, 0.60),
    CHRONICALLY_LATE(0.14, 0.12, 0.75, 35, 0.20, 0.05, 50, 0.08, 0.05, 0.25),
    IN_HARDSHIP(0.06, 0.00, 0.60, 40, 0.40, 0.05, 55, 0.10, 0.05, 0.45);

    private static final List<Segment> ALL = List.of(values());

    final double residentialShare;
    final double nonResidentialShare;
    final double lateShare;
    final double meanDaysLate;
    final double partialShare;
    final double notYetDueShare;
    final double meanDaysOverdue;
    final double longArrearsShare;
    final double autoDebitShare;
    final double openShare;

    Segment(double residentialShare, double nonResidentialShare, double lateShare, double meanDaysLate,
            double partialShare, double notYetDueShare, double meanDaysOverdue, double longArrearsShare,
            double autoDebitShare, double openShare) {
        this.residentialShare = residentialShare;
        this.nonResidentialShare = nonResidentialShare;
        this.lateShare = lateShare;
        this.meanDaysLate = meanDaysLate;
        this.partialShare = partialShare;
        this.notYetDueShare = notYetDueShare;
        this.meanDaysOverdue = meanDaysOverdue;
        this.longArrearsShare = longArrearsShare;
        this.autoDebitShare = autoDebitShare;
        this.openShare = openShare;
    }

    static Segment draw(Draw draw, boolean residential) {
        double[] shares = ALL.stream()
                .mapToDouble(s -> residential ? s.residentialShare : s.nonResidentialShare).toArray();
        return draw.weighted(ALL, shares);
    }

    /**
     * Days the oldest open bill is overdue as of today: negative when it is not due yet (due in 1 to 15 days).
     */
    int daysOverdue(Draw draw) {
        if (draw.chance(notYetDueShare)) {
            return -draw.between(1, 15);
        }
        if (draw.chance(longArrearsShare)) {
            return draw.between(121, 400);
        }
        return (int) Math.min(120, draw.exponential(meanDaysOverdue));
    }

    /** Days after the due date a past bill was paid: negative when paid early (at most 10 days before). */
    int daysLate(Draw draw) {
        if (draw.chance(lateShare)) {
            return 1 + (int) Math.min(119, draw.exponential(meanDaysLate));
        }
        return this == ON_TIME ? -draw.between(0, 10) : -draw.between(0, 3);
    }
}
