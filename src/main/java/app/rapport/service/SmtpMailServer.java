package app.rapport.service;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The business's own SMTP account, through Jakarta Mail (Eclipse Angus). One connection serves the
 * whole mailing and is opened again after the server dropped it.
 */
public final class SmtpMailServer implements MailServer {
    private static final String TIMEOUT_MILLIS = "30000";

    private final Session session;
    private final MailSettings settings;
    private final String password;
    private Transport transport;

    /** {@code password} may be empty for a server that takes mail without a login. */
    public SmtpMailServer(MailSettings settings, String password) {
        this.settings = settings;
        this.password = password == null ? "" : password;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(!settings.user().isEmpty()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(String to, String subject, String body) throws MailFailure {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.sender(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject == null ? "" : subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailFailure("The address \u201c" + to + "\u201d cannot be written in a mail: " + reason(e), false, e);
        }
        try {
            connected().sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            throw new MailFailure(reason(e), false, e);
        } catch (MailConnectException e) {
            disconnect();
            throw new MailFailure("The mail server " + settings.host() + ":" + settings.port() + " cannot be reached: " + reason(e), true, e);
        } catch (MessagingException e) {
            boolean refusedLogin = e instanceof AuthenticationFailedException;
            boolean connectionLost = refusedLogin || e.getNextException() instanceof IOException
                    || transport == null || !transport.isConnected();
            disconnect();
            throw new MailFailure(refusedLogin ? "The mail server refused the login: " + reason(e) : reason(e), connectionLost, e);
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            Transport opened = session.getTransport("smtp");
            if (settings.user().isEmpty()) {
                opened.connect();
            } else {
                opened.connect(settings.host(), settings.port(), settings.user(), password);
            }
            transport = opened;
        }
        return transport;
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way; the next message opens a new one
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }

    /** The server's own words: for a refused recipient, its reply line; else the deepest message. */
    private static String reason(MessagingException e) {
        Exception next = e;
        while (next instanceof MessagingException messaging && messaging.getNextException() != null) {
            if (next instanceof SMTPAddressFailedException refused) {
                return refused.getMessage().strip();
            }
            next = messaging.getNextException();
        }
        String text = next.getMessage() == null ? next.getClass().getSimpleName() : next.getMessage();
        return text.strip();
    }
}
