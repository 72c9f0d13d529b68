package app.rapport.domain.message;

/** How a template is sent: an email has a subject, a text message does not. */
public enum MessageChannel {
    EMAIL("Email"), MESSAGE("Text message");

    private final String label;

    MessageChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
