package app.rapport.ui.messages;

import app.rapport.domain.message.Mailing;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.service.MailSettings;
import app.rapport.service.MailingService;
import app.rapport.service.MailingService.Page;
import app.rapport.service.MailingService.Preview;
import app.rapport.service.MailingService.Result;
import app.rapport.service.MessageService;
import app.rapport.service.SegmentService;
import app.rapport.service.SmtpMailServer;
import app.rapport.service.ValidationException;
import app.rapport.ui.Messages;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The state of the mailings window: a new mailing (segment, email template, its preview, sending)
 * and the page of a mailing already sent. Every question to the services runs in the background.
 */
public final class MailingsViewModel {
    private final MailingService mailings;
    private final MessageService messages;
    private final SegmentService segments;
    private final TaskExecutor background;
    private final Consumer<String> report;

    private final ObservableList<String> segmentNames = FXCollections.observableArrayList();
    private final ObservableList<String> templateNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> segment = new SimpleObjectProperty<>(this, "segment");
    private final ObjectProperty<String> template = new SimpleObjectProperty<>(this, "template");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private final ReadOnlyObjectWrapper<BackgroundTask<Result>> sendTask = new ReadOnlyObjectWrapper<>(this, "sendTask");
    private final ObservableList<Mailing> sent = FXCollections.observableArrayList();
    private final ObjectProperty<Mailing> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page");

    public MailingsViewModel(MailingService mailings, MessageService messages, SegmentService segments, TaskExecutor background,
                             Consumer<String> report) {
        this.mailings = mailings;
        this.messages = messages;
        this.segments = segments;
        this.background = background;
        this.report = report;
        segment.addListener((property, old, now) -> preview.set(null));
        template.addListener((property, old, now) -> preview.set(null));
        chosen.addListener((property, old, now) -> showPage(now));
    }

    /** Reads the saved segments, the email templates and the mailings sent so far. */
    public void load() {
        background.run(() -> new Choices(
                        segments.segments().stream().filter(SegmentService.Saved::readable).map(s -> s.segment().name()).toList(),
                        messages.templates().stream().filter(t -> t.channel() == MessageChannel.EMAIL).map(MessageTemplate::name).toList(),
                        mailings.mailings()),
                choices -> {
                    segmentNames.setAll(choices.segments());
                    templateNames.setAll(choices.templates());
                    sent.setAll(choices.mailings());
                    if (chosen.get() == null && !sent.isEmpty()) {
                        chosen.set(sent.get(0));
                    }
                }, failure -> status.set(Messages.of(failure)));
    }

    private record Choices(List<String> segments, List<String> templates, List<Mailing> mailings) {
    }

    /** Fills in every message of the chosen template for the chosen segment. */
    public void preview() {
        if (segment.get() == null || template.get() == null) {
            status.set("Choose a segment and an email template first.");
            return;
        }
        String forSegment = segment.get();
        String withTemplate = template.get();
        status.set("Filling in the messages\u2026");
        background.run(() -> mailings.preview(forSegment, withTemplate), filled -> {
            preview.set(filled);
            status.set(filled.summary());
        }, this::failed);
    }

    public MailSettings settings() {
        return mailings.settings();
    }

    /** Saves the mail settings; a problem is shown as the status. */
    public void saveSettings(MailSettings settings, Runnable then) {
        background.run(() -> {
            mailings.saveSettings(settings);
            return settings;
        }, saved -> {
            status.set("Mail settings saved.");
            then.run();
        }, this::failed);
    }

    /**
     * Sends the previewed mailing (the password is used for this run only), then shows its page.
     * The window stays usable; Cancel stops after the message being sent.
     */
    public void send(String password) {
        Preview shown = preview.get();
        if (shown == null) {
            status.set("Preview the mailing first, to see what goes out.");
            return;
        }
        MailSettings settings = mailings.settings();
        String forSegment = segment.get();
        String withTemplate = template.get();
        sending.set(true);
        BackgroundTask<Result> task = BackgroundTask.<Result>withProgress(progress -> {
            try (SmtpMailServer server = new SmtpMailServer(settings, password)) {
                return mailings.send(forSegment, withTemplate, server, MailingService.Throttle.SLEEP, progress);
            }
        }).onSuccess(result -> {
            sending.set(false);
            sendTask.set(null);
            String said = "\u201c" + result.mailingName() + "\u201d: sent " + result.sent() + ", skipped "
                    + (result.skippedConsent() + result.skippedPeriod()) + " (said no " + result.skippedConsent() + ", too recent "
                    + result.skippedPeriod() + "), failed " + result.failed().size()
                    + (result.stoppedBecause() == null ? "." : ". " + result.stoppedBecause() + " Send again to go on.");
            status.set(said);
            report.accept("Mailing " + said);
            preview.set(null);
            reloadAndShow(result.mailingId());
        }).onFailure(failure -> {
            sending.set(false);
            sendTask.set(null);
            failed(failure);
        });
        sendTask.set(background.execute(task));
    }

    private void reloadAndShow(UUID mailingId) {
        background.run(mailings::mailings, all -> {
            sent.setAll(all);
            all.stream().filter(m -> m.id().equals(mailingId)).findFirst().ifPresent(m -> {
                chosen.set(null);
                chosen.set(m);
            });
        }, this::failed);
    }

    private void showPage(Mailing mailing) {
        if (mailing == null) {
            page.set(null);
            return;
        }
        background.run(() -> mailings.page(mailing.id()).orElse(null), page::set, this::failed);
    }

    /** Reads the chosen mailing's page again: who has been in touch since changes as the days go by. */
    public void refreshPage() {
        showPage(chosen.get());
    }

    private void failed(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            status.set(String.join(" ", invalid.problems().stream().map(p -> p.message()).toList()));
        } else {
            status.set(Messages.of(failure));
        }
    }

    public ObservableList<String> segmentNames() {
        return segmentNames;
    }

    public ObservableList<String> templateNames() {
        return templateNames;
    }

    public ObjectProperty<String> segmentProperty() {
        return segment;
    }

    public ObjectProperty<String> templateProperty() {
        return template;
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BackgroundTask<Result>> sendTaskProperty() {
        return sendTask.getReadOnlyProperty();
    }

    public ObservableList<Mailing> mailings() {
        return sent;
    }

    public ObjectProperty<Mailing> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }
}
