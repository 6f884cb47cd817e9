package dev.dunning.service.simulation;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The report's charts, drawn here with XChart as PNG images and embedded as data URIs. */
final class Charts {
    private Charts() {
    }

    static String stepDistribution(SimulationSummary summary) {
        CategoryChart chart = chart("Accounts per step", "Step");
        List<String> steps = summary.steps().stream().map(Enum::name).toList();
        chart.addSeries("baseline", steps, numbers(summary.stepCounts(false)));
        chart.addSeries("candidate", steps, numbers(summary.stepCounts(true)));
        return png(chart);
    }

    static String changesByKind(SimulationSummary summary) {
        CategoryChart chart = chart("Changed accounts by kind of change", "Change");
        chart.getStyler().setLegendVisible(false);
        chart.addSeries("accounts", summary.changesByKind().keySet().stream().map(Enum::name).toList(),
                List.copyOf(summary.changesByKind().values()));
        return png(chart);
    }

    private static CategoryChart chart(String title, String xAxis) {
        CategoryChart chart = new CategoryChartBuilder().width(760).height(380).title(title).xAxisTitle(xAxis)
                .yAxisTitle("Accounts").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        return chart;
    }

    private static List<Long> numbers(long[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    private static String png(CategoryChart chart) {
        try {
            return "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("A chart could not be drawn", e);
        }
    }
}
