package app.rapport.service;

/** Where a mailing's messages go: the business's SMTP account, or a stand-in in tests. */
public interface MailServer extends AutoCloseable {
    /**
     * Sends one message; a refusal or a server out of reach is a {@link MailFailure} with the
     * server's answer.
     */
    void send(String to, String subject, String body) throws MailFailure;

    @Override
    void close();

    /** A message that did not go out; {@code serverDown}: nothing more will go out in this run either. */
    final class MailFailure extends Exception {
        private final boolean serverDown;

        public MailFailure(String reason, boolean serverDown, Throwable cause) {
            super(reason, cause);
            this.serverDown = serverDown;
        }

        public boolean serverDown() {
            return serverDown;
        }
    }
}
