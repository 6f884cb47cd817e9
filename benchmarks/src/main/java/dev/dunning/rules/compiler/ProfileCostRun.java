package dev.dunning.rules.compiler;

import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the {@link ProfileCostBenchmark} (JMH options such as {@code -wi -i -r} pass through) and prints what the
 * policy profile adds to validation: its time over the rest of the validation's (target at most 0.10).
 */
public final class ProfileCostRun {
    static final double TARGET = 0.10;

    private ProfileCostRun() {
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(ProfileCostBenchmark.class.getName() + "\\.(profile|validation)$").build();
        Map<String, Double> millis = new Runner(options).run().stream().collect(Collectors.toMap(
                r -> r.getParams().getBenchmark().substring(ProfileCostBenchmark.class.getName().length() + 1),
                r -> r.getPrimaryResult().getScore()));
        double profile = millis.get("profile");
        double validation = millis.get("validation");
        double added = profile / (validation - profile);
        System.out.printf("%nSUMMARY profile cost: profile %.1f ms, validation %.0f ms (profile included);"
                + " the profile adds %.1f %% to validation (target <= %.0f %%, %s)%n", profile, validation,
                100 * added, 100 * TARGET, added <= TARGET ? "met" : "MISSED");
    }
}
