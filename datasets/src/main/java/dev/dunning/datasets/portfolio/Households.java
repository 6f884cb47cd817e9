package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.Hardship;
import dev.dunning.rules.request.Utility;
import java.util.ArrayList;
import java.util.List;

/** Draws households: utility, place, customer type, segment, size and hardship, at the rates of the README. */
final class Households {
    private static final List<Utility> UTILITIES = List.of(Utility.HEATING, Utility.WATER, Utility.ELECTRICITY);
    private static final double[] UTILITY_SHARES = {0.30, 0.30, 0.40};
    private static final List<Integer> SIZES = List.of(1, 2, 3, 4, 5, 6, 7);
    private static final double[] SIZE_SHARES = {0.18, 0.30, 0.27, 0.14, 0.07, 0.03, 0.01};
    private static final double ENGLISH_SHARE = 0.02;

    private Households() {
    }

    static Household draw(Draw draw, long number) {
        Utility utility = draw.weighted(UTILITIES, UTILITY_SHARES);
        CustomerType type = draw.chance(nonResidentialShare(utility)) ? CustomerType.NON_RESIDENTIAL : CustomerType.RESIDENTIAL;
        boolean residential = type == CustomerType.RESIDENTIAL;
        Segment segment = Segment.draw(draw, residential);
        List<Hardship> hardship = residential ? hardship(draw, segment) : List.of();
        return new Household(number, utility, Places.draw(draw, utility), type, segment,
                size(draw, residential, hardship), hardship, draw.chance(segment.autoDebitShare), draw.chance(ENGLISH_SHARE),
                draw.between(7, 22), draw.between(5, 25), draw.between(6, 24));
    }

    /** One person for a business or an elderly person living alone; otherwise the size distribution. */
    private static int size(Draw draw, boolean residential, List<Hardship> hardship) {
        int drawn = draw.weighted(SIZES, SIZE_SHARES);
        return residential && !hardship.contains(Hardship.ELDERLY_LIVING_ALONE) ? drawn : 1;
    }

    /** Non-residential electricity has no tariff in the default pack; schools and care homes buy water and heat. */
    private static double nonResidentialShare(Utility utility) {
        return switch (utility) {
            case HEATING -> 0.10;
            case WATER -> 0.06;
            default -> 0.0;
        };
    }

    /** Hardship codes: registered for most households in hardship, rarely for others. */
    private static List<Hardship> hardship(Draw draw, Segment segment) {
        boolean inHardship = segment == Segment.IN_HARDSHIP;
        List<Hardship> codes = new ArrayList<>();
        addIf(codes, Hardship.MINIMUM_LIVING_ALLOWANCE, draw.chance(inHardship ? 0.45 : 0.003));
        addIf(codes, Hardship.EXTREME_POVERTY, draw.chance(inHardship ? 0.08 : 0.0005));
        addIf(codes, Hardship.ELDERLY_LIVING_ALONE, draw.chance(inHardship ? 0.20 : 0.025));
        addIf(codes, Hardship.DISABILITY, draw.chance(inHardship ? 0.15 : 0.01));
        addIf(codes, Hardship.MEDICAL_DEVICE, draw.chance(inHardship ? 0.05 : 0.003));
        return List.copyOf(codes);
    }

    private static void addIf(List<Hardship> codes, Hardship code, boolean drawn) {
        if (drawn) {
            codes.add(code);
        }
    }
}
