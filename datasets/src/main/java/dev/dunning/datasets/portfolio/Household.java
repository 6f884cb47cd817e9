package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.Hardship;
import dev.dunning.rules.request.Utility;
import java.util.List;

/**
 * One synthetic account holder, latent propensity included: what the generator knows and a real billing system
 * would not send. {@code activeHour} is the hour of day the holder usually reads messages; {@code dueDay} the day of
 * the month its monthly bills fall due; {@code historyMonths} how far back its payment history goes.
 */
record Household(
        long number,
        Utility utility,
        String region,
        CustomerType customerType,
        Segment segment,
        int size,
        List<Hardship> hardship,
        boolean autoDebit,
        boolean english,
        int activeHour,
        int dueDay,
        int historyMonths) {

    boolean residential() {
        return customerType == CustomerType.RESIDENTIAL;
    }

    /** Schools and care homes on Beijing water pay the residential price; the pack prices no other business water. */
    Boolean pricedAsResidential() {
        return !residential() && utility == Utility.WATER ? Boolean.TRUE : null;
    }

    String accountId() {
        return "SYN-%s-%08d".formatted(utility.name().charAt(0), number);
    }

    /** A plainly made-up name: never a real person's. */
    String name() {
        if (english) {
            return (residential() ? "Test Household " : "Test Organisation ") + number;
        }
        return (residential() ? "测试用户" : "测试单位") + number;
    }

    String locale() {
        return english ? "en-US" : "zh-CN";
    }
}
