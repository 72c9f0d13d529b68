package app.rapport.service;

import app.rapport.domain.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The business's mail account and the manners of its mailings. The password is never part of it:
 * it is asked each time a mailing is sent.
 *
 * @param perMinute     at most this many messages a minute, so the provider does not take the account for a spammer
 * @param minimumDays   a client who was sent a mailing fewer days ago than this is left out of the next one
 */
public record MailSettings(String host, int port, String user, boolean startTls, String from, int perMinute, int minimumDays) {
    static final String HOST = "mail.smtp.host";
    static final String PORT = "mail.smtp.port";
    static final String USER = "mail.smtp.user";
    static final String STARTTLS = "mail.smtp.starttls";
    static final String FROM = "mail.from";
    static final String PER_MINUTE = "mailing.perMinute";
    static final String MINIMUM_DAYS = "mailing.minimumDays";
    public static final int DEFAULT_PER_MINUTE = 30;
    public static final int DEFAULT_MINIMUM_DAYS = 14;
    public static final MailSettings NONE = new MailSettings("", 587, "", true, "", DEFAULT_PER_MINUTE, DEFAULT_MINIMUM_DAYS);

    public MailSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        from = from == null ? "" : from.strip();
    }

    static MailSettings from(Map<String, String> settings) {
        return new MailSettings(settings.getOrDefault(HOST, ""), number(settings.get(PORT), 587), settings.getOrDefault(USER, ""),
                !"false".equals(settings.get(STARTTLS)), settings.getOrDefault(FROM, ""),
                number(settings.get(PER_MINUTE), DEFAULT_PER_MINUTE), number(settings.get(MINIMUM_DAYS), DEFAULT_MINIMUM_DAYS));
    }

    Map<String, String> asSettings() {
        return Map.of(HOST, host, PORT, Integer.toString(port), USER, user, STARTTLS, Boolean.toString(startTls), FROM, from,
                PER_MINUTE, Integer.toString(perMinute), MINIMUM_DAYS, Integer.toString(minimumDays));
    }

    /** The address messages are sent from: the sender setting, else the login when it is an address. */
    public String sender() {
        return !from.isEmpty() ? from : user.contains("@") ? user : "";
    }

    /** What keeps these settings from sending anything, each naming its field. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (host.isEmpty()) {
            problems.add(new FieldProblem("host", "Enter the mail server (SMTP host) of your mail account."));
        }
        if (port < 1 || port > 65535) {
            problems.add(new FieldProblem("port", "The port must be a number from 1 to 65535, not " + port + "."));
        }
        if (sender().isEmpty() || !sender().contains("@")) {
            problems.add(new FieldProblem("from", "Enter the address the messages are sent from."));
        }
        if (perMinute < 1) {
            problems.add(new FieldProblem("perMinute", "Send at least one message a minute."));
        }
        if (minimumDays < 0) {
            problems.add(new FieldProblem("minimumDays", "The days between two mailings cannot be negative."));
        }
        return problems;
    }

    private static int number(String text, int fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
