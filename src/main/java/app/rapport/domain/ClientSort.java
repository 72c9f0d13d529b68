package app.rapport.domain;

/** The orders the client list offers. */
public enum ClientSort {
    NAME("Name"), LAST_TOUCHPOINT("Last contact"), NEXT_FOLLOW_UP("Next follow-up");

    private final String label;

    ClientSort(String label) { this.label = label; }

    public String label() { return label; }
}
