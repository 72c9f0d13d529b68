package app.rapport.domain.dashboard;

import app.rapport.domain.Mood;

import java.util.EnumSet;
import java.util.Set;

/** Moods folded into three, so a month's bar reads at a glance. */
public enum MoodGroup {
    POSITIVE("Positive", EnumSet.of(Mood.EXCITED, Mood.HAPPY)),
    NEUTRAL("Neutral", EnumSet.of(Mood.NEUTRAL)),
    NEGATIVE("Negative", EnumSet.of(Mood.DOUBTFUL, Mood.FRUSTRATED, Mood.REGRETFUL));

    private final String label;
    private final Set<Mood> moods;

    MoodGroup(String label, Set<Mood> moods) {
        this.label = label;
        this.moods = moods;
    }

    public String label() {
        return label;
    }

    public Set<Mood> moods() {
        return moods;
    }

    public static MoodGroup of(Mood mood) {
        return mood.tone() > 0 ? POSITIVE : mood.tone() < 0 ? NEGATIVE : NEUTRAL;
    }
}
