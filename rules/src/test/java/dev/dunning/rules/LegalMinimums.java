package dev.dunning.rules;

import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.Utility;

/**
 * The lower bounds the policy reference (§5) sets before a restriction notice, written down independently of the
 * pack's tables so the invariant tests check the tables against the law, not against themselves.
 */
final class LegalMinimums {
    /** The 7-day dispute window after a demand notice applies everywhere. */
    private static final int DISPUTE_WINDOW_DAYS = 7;

    private LegalMinimums() {
    }

    static long cureDays(Account account) {
        if (account.utility() == Utility.GAS && account.isIn("CN-SH")) {
            return 60;
        }
        if (account.utility() == Utility.HEATING && account.isIn("CN-HL")) {
            return 15;
        }
        return DISPUTE_WINDOW_DAYS;
    }

    static long daysOverdue(Account account) {
        boolean business = account.customerType() == CustomerType.NON_RESIDENTIAL;
        return switch (account.utility()) {
            case ELECTRICITY -> 31;
            case WATER -> account.isIn("CN-SD-Jinan") || account.isIn("CN-SD-Qingdao") ? (business ? 16 : 31) : 0;
            case GAS -> account.isIn("CN-SD-Qingdao") ? 30 : 0;
            default -> 0;
        };
    }
}
