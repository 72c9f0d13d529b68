package app.rapport.domain.dashboard;

import java.util.List;

/**
 * A bar chart's data: categories along the axis, and series (stacked when more than one), each
 * bar knowing the clients behind it ({@link Slice}).
 */
public record Chart(String title, String valueLabel, List<String> categories, List<Series> series) {
    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    public record Series(String name, List<Bar> bars) {
        public Series {
            bars = List.copyOf(bars);
        }
    }

    public record Bar(String category, long value, Slice slice) {
    }

    /** Whether there is nothing to show (no bars, or every bar zero). */
    public boolean isEmpty() {
        return series.stream().flatMap(s -> s.bars().stream()).allMatch(bar -> bar.value() == 0);
    }
}
