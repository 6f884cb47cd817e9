package dev.dunning.datasets.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.random.RandomGenerator;

/** The random draws the generator makes, on one account's own generator. */
final class Draw {
    private final RandomGenerator random;

    Draw(RandomGenerator random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int maxInclusive) {
        return random.nextInt(min, maxInclusive + 1);
    }

    double between(double min, double max) {
        return random.nextDouble(min, max);
    }

    /** Exponentially distributed with the given mean. */
    double exponential(double mean) {
        return random.nextExponential() * mean;
    }

    /** Log-normal around {@code median}: {@code sigma} is the spread of its logarithm. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** An option drawn with the weight at its position. */
    <T> T weighted(List<T> options, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble(total);
        for (int i = 0; i < options.size() - 1; i++) {
            point -= weights[i];
            if (point < 0) {
                return options.get(i);
            }
        }
        return options.getLast();
    }

    static BigDecimal money(double yuan) {
        return BigDecimal.valueOf(Math.max(0, yuan)).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal quantity(double value, int scale) {
        return BigDecimal.valueOf(Math.max(0, value)).setScale(scale, RoundingMode.HALF_UP);
    }
}
