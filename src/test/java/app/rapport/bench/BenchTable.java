package app.rapport.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of one benchmark run, each beside the baseline measured in the same run, printed as
 * a Markdown table so the README can take it as it is.
 */
final class BenchTable {
    /** One figure: what was measured, its value, the baseline and the target, in the same unit. */
    record Row(String figure, String unit, double value, String baseline, double baselineValue, String target, Boolean met) {
        String ratio() {
            return baselineValue <= 0 ? "" : String.format("%.2f\u00d7", value / baselineValue);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String figure, String unit, double value, String baseline, double baselineValue, String target, Boolean met) {
        Row row = new Row(figure, unit, value, baseline, baselineValue, target, met);
        rows.add(row);
        System.out.printf("  %s: %s %s (baseline %s: %s %s, %s) target %s%s%n", figure, number(value), unit, baseline,
                number(baselineValue), unit, row.ratio(), target, met == null ? "" : met ? " \u2014 met" : " \u2014 NOT met");
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void print() {
        System.out.println();
        System.out.println("| Figure | Measured | Baseline (same run) | Ratio | Target | Met |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf("| %s | %s %s | %s: %s %s | %s | %s | %s |%n", row.figure(), number(row.value()), row.unit(),
                    row.baseline(), number(row.baselineValue()), row.unit(), row.ratio(), row.target(),
                    row.met() == null ? "\u2013" : row.met() ? "yes" : "**no**");
        }
    }

    static String number(double value) {
        if (value >= 1000) {
            return String.format("%,.0f", value);
        }
        return value >= 100 ? String.format("%.0f", value) : value >= 10 ? String.format("%.1f", value) : String.format("%.2f", value);
    }

    /** The value at {@code percent} (nearest rank) of nanosecond timings, in milliseconds. */
    static double percentileMillis(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
