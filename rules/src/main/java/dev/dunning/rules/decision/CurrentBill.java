package dev.dunning.rules.decision;

import java.math.BigDecimal;
import java.util.List;

/** The bill computed for the request's usage period. */
public record CurrentBill(List<BillLine> lines, BigDecimal total) {

    public static CurrentBill of(List<BillLine> lines) {
        BigDecimal total = lines.stream().map(BillLine::amount).reduce(Money.ZERO, BigDecimal::add);
        return new CurrentBill(List.copyOf(lines), total);
    }
}
