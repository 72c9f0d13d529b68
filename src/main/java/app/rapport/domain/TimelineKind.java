package app.rapport.domain;

public enum TimelineKind {
    TOUCHPOINT("Touchpoints"), PURCHASE("Purchases"), NOTE("Notes"), OPPORTUNITY("Opportunities");

    private final String label;

    TimelineKind(String label) { this.label = label; }

    public String label() { return label; }
}
