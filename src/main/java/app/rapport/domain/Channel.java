package app.rapport.domain;

/** How a touchpoint happened. Complex or urgent matters belong on the first three. */
public enum Channel {
    VISIT("Visit"), MEETING("Meeting"), CALL("Call"), EMAIL("Email"), MESSAGE("Message");

    private final String label;

    Channel(String label) { this.label = label; }

    public String label() { return label; }
}
