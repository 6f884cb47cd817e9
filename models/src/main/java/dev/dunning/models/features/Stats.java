package dev.dunning.models.features;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Means, extremes and counts over bills, skipping NaN values; NaN when nothing is left. */
final class Stats {
    private Stats() {
    }

    static double mean(List<Bill> bills, ToDoubleFunction<Bill> value) {
        double sum = 0;
        int count = 0;
        for (Bill bill : bills) {
            double v = value.applyAsDouble(bill);
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    static double min(List<Bill> bills, ToDoubleFunction<Bill> value) {
        return bills.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }

    static double max(List<Bill> bills, ToDoubleFunction<Bill> value) {
        return bills.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    static int count(List<Bill> bills, Predicate<Bill> test) {
        int count = 0;
        for (Bill bill : bills) {
            if (test.test(bill)) {
                count++;
            }
        }
        return count;
    }
}
