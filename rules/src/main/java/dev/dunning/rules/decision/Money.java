package dev.dunning.rules.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan amounts: every bill line and fee is rounded half-up to 0.01 at its end. */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
