package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.TimeOfUse;
import dev.dunning.rules.request.Unit;
import dev.dunning.rules.request.Usage;
import dev.dunning.rules.request.Utility;
import dev.dunning.rules.request.WaterSupply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Water and electricity: one bill a month, issued on the first of the next month and due on the household's due day.
 * Quantities are whole m³ or kWh; amounts use the tier-1 price of the place as an approximation of the tariff.
 */
final class MonthlyMeter implements Meter {
    private static final double PEAK_SHARE = 0.6;
    private final Household household;
    private final Draw draw;
    private final double monthlyMedian;
    private final BigDecimal price;
    private final WaterSupply supply;
    private final boolean timeOfUse;

    private MonthlyMeter(Household household, Draw draw, double monthlyMedian, BigDecimal price, WaterSupply supply,
                         boolean timeOfUse) {
        this.household = household;
        this.draw = draw;
        this.monthlyMedian = monthlyMedian;
        this.price = price;
        this.supply = supply;
        this.timeOfUse = timeOfUse;
    }

    static MonthlyMeter draw(Household household, Draw draw) {
        double level = draw.logNormal(1.0, 0.3);
        if (household.utility() == Utility.WATER) {
            double median = household.residential() ? 2.5 * household.size() : draw.between(40.0, 400.0);
            WaterSupply supply = draw.chance(0.03) ? WaterSupply.WELL : WaterSupply.TAP;
            return new MonthlyMeter(household, draw, median * level, household.residential() ? new BigDecimal("5.00")
                    : new BigDecimal("6.00"), supply, false);
        }
        boolean zhejiang = household.region().startsWith("CN-ZJ");
        return new MonthlyMeter(household, draw, (50 + 40 * household.size()) * level,
                zhejiang ? new BigDecimal("0.538") : new BigDecimal("0.4883"), null, zhejiang && draw.chance(0.2));
    }

    @Override
    public List<Bill> bills(LocalDate today, LocalDate historyStart) {
        YearMonth newest = YearMonth.from(today).minusMonths(1);
        YearMonth january = YearMonth.of(newest.getYear(), 1);
        YearMonth month = YearMonth.from(historyStart).isBefore(january) ? YearMonth.from(historyStart) : january;
        List<Bill> bills = new ArrayList<>();
        for (; !month.isAfter(newest); month = month.plusMonths(1)) {
            bills.add(bill(month));
        }
        return bills;
    }

    private Bill bill(YearMonth month) {
        BigDecimal quantity = Draw.quantity(draw.logNormal(monthlyMedian * seasonal(month), 0.2), 0);
        return new Bill("B-" + month, month.atDay(1), month.atEndOfMonth(),
                month.plusMonths(1).atDay(household.dueDay()), quantity, Draw.money(quantity.doubleValue()
                * price.doubleValue()));
    }

    private double seasonal(YearMonth month) {
        int m = month.getMonthValue();
        if (household.utility() == Utility.WATER) {
            return m >= 6 && m <= 8 ? 1.2 : 1.0;
        }
        return switch (m) {
            case 7, 8 -> 1.5;
            case 6, 9 -> 1.2;
            case 12, 1, 2 -> 1.25;
            default -> 1.0;
        };
    }

    @Override
    public Usage usage(List<Bill> bills) {
        Bill newest = bills.getLast();
        BigDecimal yearToDate = bills.stream()
                .filter(b -> b.periodStart().getYear() == newest.periodStart().getYear() && b != newest)
                .map(Bill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        Unit unit = household.utility() == Utility.WATER ? Unit.M3 : Unit.KWH;
        return new Usage(newest.periodStart(), newest.periodEnd(), timeOfUse ? null : newest.quantity(), unit,
                yearToDate, supply, timeOfUse ? split(newest.quantity()) : null, null);
    }

    private static TimeOfUse split(BigDecimal quantity) {
        BigDecimal peak = Draw.quantity(quantity.doubleValue() * PEAK_SHARE, 0);
        return new TimeOfUse(peak, quantity.subtract(peak));
    }
}
