package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.HeatSource;
import dev.dunning.rules.request.Heating;
import dev.dunning.rules.request.HeatingMethod;
import dev.dunning.rules.request.Usage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Beijing heating: one bill a season (15 November to 15 March), issued on 15 October and due between 31 October and
 * 10 December (the household's due day). Amounts use the pack's Beijing prices: by area, or metered (a base price
 * per m² plus 0.16 yuan per kWh).
 */
final class HeatingMeter implements Meter {
    private static final MonthDay ISSUED = MonthDay.of(10, 15);
    private static final List<String> CORE_DISTRICTS = Places.BEIJING.subList(0, 6);
    private static final BigDecimal PER_KWH = new BigDecimal("0.16");
    private final Household household;
    private final Draw draw;
    private final HeatingMethod method;
    private final HeatSource source;
    private final BigDecimal areaM2;

    private HeatingMeter(Household household, Draw draw, HeatingMethod method, HeatSource source, BigDecimal areaM2) {
        this.household = household;
        this.draw = draw;
        this.method = method;
        this.source = source;
        this.areaM2 = areaM2;
    }

    static HeatingMeter draw(Household household, Draw draw) {
        boolean residential = household.residential();
        HeatingMethod method = residential && draw.chance(0.15) ? HeatingMethod.METERED : HeatingMethod.AREA;
        HeatSource source = draw.chance(0.10) ? HeatSource.BOILER : HeatSource.CITY_NETWORK;
        double area = residential ? Math.clamp(draw.logNormal(80, 0.3), 30, 250)
                : Math.clamp(draw.logNormal(800, 0.8), 100, 10_000);
        return new HeatingMeter(household, draw, method, source, Draw.quantity(area, 1));
    }

    @Override
    public List<Bill> bills(LocalDate today, LocalDate historyStart) {
        int newest = ISSUED.atYear(today.getYear()).isAfter(today) ? today.getYear() - 1 : today.getYear();
        List<Bill> bills = new ArrayList<>();
        for (int season = Math.min(newest, historyStart.getYear()); season <= newest; season++) {
            Bill bill = bill(season);
            if (!bill.dueDate().isBefore(historyStart) || season == newest) {
                bills.add(bill);
            }
        }
        return bills;
    }

    private Bill bill(int season) {
        LocalDate due = LocalDate.of(season, 10, 31).plusDays(2L * (household.dueDay() - 5));
        BigDecimal kwh = method == HeatingMethod.METERED
                ? Draw.quantity(areaM2.doubleValue() * draw.logNormal(75, 0.25), 0) : null;
        return new Bill("B-" + season + "-HEAT", LocalDate.of(season, 11, 15), LocalDate.of(season + 1, 3, 15), due,
                kwh, Draw.money(amount(kwh)));
    }

    private double amount(BigDecimal kwh) {
        double area = areaM2.doubleValue();
        if (!household.residential()) {
            return area * (CORE_DISTRICTS.contains(household.region()) ? 45 : 43);
        }
        boolean boiler = source == HeatSource.BOILER;
        if (method == HeatingMethod.AREA) {
            return area * (boiler ? 30 : 24);
        }
        return area * (boiler ? 18 : 12) + kwh.doubleValue() * PER_KWH.doubleValue();
    }

    @Override
    public Usage usage(List<Bill> bills) {
        Bill newest = bills.getLast();
        Heating heating = new Heating(method, source, areaM2, newest.quantity(), null, List.of());
        return new Usage(newest.periodStart(), newest.periodEnd(), null, null, null, null, null, heating);
    }
}
