package app.rapport.domain;

/** The client's emotion at a touchpoint: the small fixed set staff can pick in a second. */
public enum Mood {
    EXCITED("Excited", 2), HAPPY("Happy", 1), NEUTRAL("Neutral", 0),
    DOUBTFUL("Doubtful", -1), FRUSTRATED("Frustrated", -2), REGRETFUL("Regretful", -2);

    private final String label;
    private final int tone;

    Mood(String label, int tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() { return label; }

    /** Positive for moods to nurture, negative for moods that need care first. */
    public int tone() { return tone; }
}
