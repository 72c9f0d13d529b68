package app.rapport.ui;

/** The window's top-level screens, in the order of their tabs (Ctrl+1, Ctrl+2, ...). */
public enum Section {
    TODAY("Today"),
    CLIENTS("Clients"),
    COMPETITORS("Competitors"),
    DASHBOARD("Dashboard");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /** The tab's title and the Go menu's item. */
    public String title() {
        return title;
    }

    /** The tab's node id ("section-today"), for style sheets and tests that look the tab up. */
    public String tabId() {
        return "section-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
