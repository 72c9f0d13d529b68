package app.rapport.cli;

import app.rapport.service.MailSettings;
import app.rapport.service.MailingService;
import app.rapport.service.MailingService.Failure;
import app.rapport.service.MailingService.Preview;
import app.rapport.service.MailingService.Result;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.SmtpMailServer;
import app.rapport.service.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "mailing", description = "Send a message template to a saved segment, or export it for an SMS gateway.",
        subcommands = {MailingCommand.Send.class, MailingCommand.Sms.class})
final class MailingCommand {
    static final String PASSWORD_VARIABLE = "RAPPORT_SMTP_PASSWORD";

    @ParentCommand
    RapportCommand parent;

    @Command(name = "send", description = {"Send (or resume) the mailing of an email template to a segment through your SMTP account.",
            "Clients who said no to mailings, and those mailed too recently, are left out; nobody gets the same mailing twice.",
            "The password comes from " + PASSWORD_VARIABLE + " or is asked on the terminal."})
    static final class Send implements Callable<Integer> {
        @ParentCommand
        MailingCommand mailing;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SEGMENT", description = "The saved segment's name (case does not matter).")
        String segment;

        @Option(names = "--template", required = true, paramLabel = "NAME", description = "The email template's name.")
        String template;

        @Option(names = "--smtp", paramLabel = "HOST:PORT", description = "The mail server; the one in the settings when left out.")
        String smtp;

        @Option(names = "--user", paramLabel = "U", description = "The login at the mail server; none when left out.")
        String user;

        @Option(names = "--from", paramLabel = "ADDRESS", description = "The sender's address; the settings' or the login's when left out.")
        String from;

        @Option(names = "--starttls", description = "Encrypt the connection with STARTTLS (refuse a server that cannot).")
        boolean startTls;

        @Option(names = "--dry-run", description = "Only say what would be sent; nothing is sent or written.")
        boolean dryRun;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (RapportServices services = RapportServices.open(mailing.parent.location())) {
                MailingService mailings = services.mailings();
                try {
                    if (dryRun) {
                        Preview preview = mailings.preview(segment, template);
                        out.println(json ? Json.MAPPER.writeValueAsString(dryRunJson(preview)) : "Dry run of \u201c"
                                + preview.mailingName() + "\u201d: " + preview.summary());
                        return 0;
                    }
                    MailSettings settings = settings(mailings.settings());
                    if (!settings.equals(mailings.settings())) {
                        mailings.saveSettings(settings);
                    }
                    String password = settings.user().isEmpty() ? "" : password(settings);
                    if (password == null) {
                        err.println("rapport: give the password of " + settings.user() + " in the " + PASSWORD_VARIABLE
                                + " environment variable (there is no terminal to ask on).");
                        return 1;
                    }
                    Result result;
                    try (SmtpMailServer server = new SmtpMailServer(settings, password)) {
                        result = mailings.send(segment, template, server, MailingService.Throttle.SLEEP, Progress.NONE);
                    }
                    print(result, out);
                    return result.failed().isEmpty() && result.stoppedBecause() == null ? 0 : 1;
                } catch (ValidationException e) {
                    e.problems().forEach(problem -> err.println("rapport: " + problem.message()));
                    return 1;
                }
            }
        }

        /** The stored settings with what this run's options say instead. */
        private MailSettings settings(MailSettings stored) {
            String host = stored.host();
            int port = stored.port();
            if (smtp != null) {
                int colon = smtp.lastIndexOf(':');
                host = colon < 0 ? smtp : smtp.substring(0, colon);
                try {
                    port = colon < 0 ? 587 : Integer.parseInt(smtp.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new ValidationException(List.of(new app.rapport.domain.FieldProblem("smtp",
                            "--smtp takes HOST:PORT, e.g. smtp.example.com:587, not '" + smtp + "'.")));
                }
            }
            return new MailSettings(host, port, user != null ? user : smtp != null ? "" : stored.user(),
                    smtp != null ? startTls : startTls || stored.startTls(), from != null ? from : stored.from(),
                    stored.perMinute(), stored.minimumDays());
        }

        private String password(MailSettings settings) {
            String given = mailing.parent.environment.get(PASSWORD_VARIABLE);
            if (given != null) {
                return given;
            }
            Console console = System.console();
            if (console == null) {
                return null;
            }
            char[] typed = console.readPassword("Password of %s at %s: ", settings.user(), settings.host());
            return typed == null ? null : new String(typed);
        }

        private void print(Result result, PrintWriter out) throws Exception {
            if (json) {
                Map<String, Object> printed = new LinkedHashMap<>();
                printed.put("mailing", result.mailingName());
                printed.put("sent", result.sent());
                Map<String, Object> skipped = new LinkedHashMap<>();
                skipped.put("consent", result.skippedConsent());
                skipped.put("period", result.skippedPeriod());
                skipped.put("noAddress", result.skippedNoAddress());
                skipped.put("missingValues", result.skippedIncomplete());
                skipped.put("alreadySent", result.alreadySent());
                skipped.put("interrupted", result.interrupted());
                printed.put("skipped", skipped);
                printed.put("failed", result.failed().stream().map(f -> Map.of("client", f.clientName(), "address", f.address(),
                        "reason", f.reason())).toList());
                printed.put("stopped", result.stoppedBecause());
                out.println(Json.MAPPER.writeValueAsString(printed));
                return;
            }
            out.println("Mailing \u201c" + result.mailingName() + "\u201d: sent " + result.sent()
                    + ", skipped " + (result.skippedConsent() + result.skippedPeriod())
                    + " (consent " + result.skippedConsent() + ", period " + result.skippedPeriod() + ")"
                    + ", failed " + result.failed().size());
            if (result.alreadySent() + result.skippedNoAddress() + result.skippedIncomplete() + result.interrupted() > 0) {
                out.println("Also left out: " + result.alreadySent() + " already sent, " + result.skippedNoAddress() + " without an email address, "
                        + result.skippedIncomplete() + " missing a merge field's value, " + result.interrupted() + " interrupted while sending earlier.");
            }
            for (Failure failure : result.failed()) {
                out.println("failed: " + failure.clientName() + " <" + failure.address() + ">: " + failure.reason());
            }
            if (result.stoppedBecause() != null) {
                out.println(result.stoppedBecause() + " Run the same command again to send the rest.");
            }
        }

        private static Map<String, Object> dryRunJson(Preview preview) {
            Map<String, Object> printed = new LinkedHashMap<>();
            printed.put("mailing", preview.mailingName());
            printed.put("wouldSend", preview.messages().size());
            printed.put("skipped", Map.of("consent", preview.leftOutConsent(), "period", preview.leftOutRecent(),
                    "noAddress", preview.withoutAddress(), "missingValues", preview.incomplete().size(),
                    "alreadySent", preview.alreadySent(), "interrupted", preview.interrupted()));
            return printed;
        }
    }

    @Command(name = "sms", description = "Write a text-message template's messages for a segment to a CSV file for an SMS gateway.")
    static final class Sms implements Callable<Integer> {
        @ParentCommand
        MailingCommand mailing;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SEGMENT", description = "The saved segment's name.")
        String segment;

        @Option(names = "--template", required = true, paramLabel = "NAME", description = "The text-message template's name.")
        String template;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write (phone, name, message).")
        Path file;

        @Override
        public Integer call() {
            try (RapportServices services = RapportServices.open(mailing.parent.location())) {
                Preview preview = services.mailings().exportTextMessages(segment, template, file);
                spec.commandLine().getOut().println("Wrote " + file + ": " + preview.summary());
                return 0;
            } catch (ValidationException e) {
                e.problems().forEach(problem -> spec.commandLine().getErr().println("rapport: " + problem.message()));
                return 1;
            }
        }
    }
}
