package app.rapport.ui.messages;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.message.RenderedMessage;
import app.rapport.domain.message.TemplateProblem;
import app.rapport.domain.message.TemplateRenderer;
import app.rapport.service.MessageService;
import app.rapport.service.MessageService.Addressed;
import app.rapport.service.ValidationException;
import app.rapport.ui.Messages;
import app.rapport.ui.control.DesktopLinks;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Message templates: the saved ones, the one being written with its merge fields checked as it
 * changes, the business name the messages are signed with, and a preview filled in for one client
 * or everyone in a segment (only the latest preview is shown), ready to copy or to mail.
 */
public final class TemplatesViewModel {
    /** The form's fields that can carry a problem of their own. */
    public static final List<String> FIELDS = List.of("name", "subject", "body");

    /** Who the preview is for: one client, or the clients of a segment (read in the background when chosen). */
    public record Audience(String label, Supplier<List<UUID>> clientIds) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final MessageService messages;
    private final TaskExecutor background;
    private final Consumer<String> report;
    private final TaskKey previewKey = new TaskKey("template preview");

    private final ObservableList<MessageTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<MessageTemplate> readOnlyTemplates = FXCollections.unmodifiableObservableList(templates);
    private final ObjectProperty<MessageTemplate> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<MessageChannel> channel = new SimpleObjectProperty<>(this, "channel", MessageChannel.EMAIL);
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper(this, "check", "");
    private final ReadOnlyBooleanWrapper checkPassed = new ReadOnlyBooleanWrapper(this, "checkPassed", true);
    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> readOnlyProblems = FXCollections.unmodifiableObservableMap(problems);
    private final StringProperty businessName = new SimpleStringProperty(this, "businessName", "");

    private final ObservableList<Audience> audiences = FXCollections.observableArrayList();
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>(this, "audience");
    private final ObservableList<Addressed> rendered = FXCollections.observableArrayList();
    private final ObservableList<Addressed> readOnlyRendered = FXCollections.unmodifiableObservableList(rendered);
    private final ObjectProperty<Addressed> recipient = new SimpleObjectProperty<>(this, "recipient");
    private final ReadOnlyStringWrapper nobodyText = new ReadOnlyStringWrapper(this, "nobodyText", "Choose who the message is for.");
    private final ReadOnlyObjectWrapper<String> previewSubject = new ReadOnlyObjectWrapper<>(this, "previewSubject");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper(this, "previewBody", "");
    private final ReadOnlyStringWrapper previewProblems = new ReadOnlyStringWrapper(this, "previewProblems", "");
    private final ReadOnlyBooleanWrapper canCopy = new ReadOnlyBooleanWrapper(this, "canCopy");
    private final ReadOnlyBooleanWrapper canCopyAll = new ReadOnlyBooleanWrapper(this, "canCopyAll");
    private final ReadOnlyBooleanWrapper canMail = new ReadOnlyBooleanWrapper(this, "canMail");
    private final ReadOnlyStringWrapper mailHint = new ReadOnlyStringWrapper(this, "mailHint", "");
    private final ReadOnlyStringWrapper copyAllText = new ReadOnlyStringWrapper(this, "copyAllText", "Copy all");

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<MessageTemplate> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");

    /** The template in the form; null while a new one is being written. */
    private MessageTemplate editing;
    private boolean filling;

    /** {@code audiences} are who the preview can be for, the first chosen at the start. */
    public TemplatesViewModel(MessageService messages, TaskExecutor background, List<Audience> audiences, Consumer<String> report) {
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.report = Objects.requireNonNull(report);
        this.audiences.setAll(audiences);
        for (javafx.beans.Observable field : List.of(name, channel, subject, body)) {
            field.addListener(changed -> {
                if (!filling) {
                    checkTemplate();
                }
            });
        }
        audience.addListener((observable, before, now) -> refreshPreview());
        recipient.addListener((observable, before, now) -> showPreview(now));
        selected.addListener((observable, before, now) -> {
            if (now != null) {
                edit(now);
            }
        });
        audience.set(audiences.isEmpty() ? null : audiences.get(0));
    }

    /** The audience of one client. */
    public static Audience forClient(ClientSummary client) {
        return new Audience(client.displayName(), () -> List.of(client.id()));
    }

    /** Reads the templates, choosing the first, and the business name. */
    public void load() {
        load(null);
        background.run(messages::businessName, businessName::set, failure -> { });
    }

    // ---- the templates and the form

    public ObservableList<MessageTemplate> templates() {
        return readOnlyTemplates;
    }

    /** The saved template in the form; choosing one fills the form with it. */
    public ObjectProperty<MessageTemplate> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<MessageChannel> channelProperty() {
        return channel;
    }

    /** The subject of an email; a text message has none. */
    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** What the check of the merge fields found, or that they are all known. */
    public ReadOnlyStringProperty checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** Whether every merge field is known. */
    public ReadOnlyBooleanProperty checkPassedProperty() {
        return checkPassed.getReadOnlyProperty();
    }

    /** What the service found wrong with a field ({@link #FIELDS}) when saving, by field. */
    public ObservableMap<String, String> problems() {
        return readOnlyProblems;
    }

    /** What {{businessName}} is filled with; {@link #saveBusinessName()} keeps it. */
    public StringProperty businessNameProperty() {
        return businessName;
    }

    // ---- the preview

    public ObservableList<Audience> audiences() {
        return audiences;
    }

    public ObjectProperty<Audience> audienceProperty() {
        return audience;
    }

    /** The template filled in for each client of the audience. */
    public ObservableList<Addressed> rendered() {
        return readOnlyRendered;
    }

    /** The client whose message the preview shows. */
    public ObjectProperty<Addressed> recipientProperty() {
        return recipient;
    }

    /** What to say when there is nobody to preview for. */
    public ReadOnlyStringProperty nobodyTextProperty() {
        return nobodyText.getReadOnlyProperty();
    }

    /** The subject as filled in: "(no subject)" for an empty one, null for a text message or no preview. */
    public ReadOnlyObjectProperty<String> previewSubjectProperty() {
        return previewSubject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewBodyProperty() {
        return previewBody.getReadOnlyProperty();
    }

    /** The gaps and mistakes of the message shown. */
    public ReadOnlyStringProperty previewProblemsProperty() {
        return previewProblems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCopyProperty() {
        return canCopy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCopyAllProperty() {
        return canCopyAll.getReadOnlyProperty();
    }

    /** Only an email without template mistakes opens in the mail app. */
    public ReadOnlyBooleanProperty canMailProperty() {
        return canMail.getReadOnlyProperty();
    }

    /** Why the message can or cannot be mailed. */
    public ReadOnlyStringProperty mailHintProperty() {
        return mailHint.getReadOnlyProperty();
    }

    /** "Copy all", with how many when there are several. */
    public ReadOnlyStringProperty copyAllTextProperty() {
        return copyAllText.getReadOnlyProperty();
    }

    // ---- what the dialog says back

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The template just deleted, which {@link #undoDelete()} brings back; null when there is none. */
    public ReadOnlyObjectProperty<MessageTemplate> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    // ---- actions

    /** Empties the form for a new template. */
    public void newTemplate() {
        selected.set(null);
        edit(null);
    }

    /** Saves the form; what the service refuses is marked under its field. */
    public void save() {
        MessageTemplate template = formTemplate();
        problems.clear();
        background.run(() -> messages.save(template), stored -> {
            editing = stored;
            say("Saved " + stored.name() + ".");
            report.accept("Template saved: " + stored.name());
            load(stored.id());
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    if (FIELDS.contains(problem.field())) {
                        problems.merge(problem.field(), problem.message(), (before, more) -> before + "\n" + more);
                    }
                }
                say("Not saved: " + invalid.problems().size() + (invalid.problems().size() == 1 ? " problem." : " problems."));
            } else {
                say("Could not save: " + Messages.of(failure));
            }
        });
    }

    /** Deletes the chosen template; {@link #undoDelete()} brings it back. */
    public void delete() {
        MessageTemplate chosen = selected.get();
        if (chosen == null) {
            return;
        }
        background.run(() -> messages.delete(chosen.id()).orElse(null), deleted -> {
            load(null);
            say("Deleted " + chosen.name() + ".");
            undoable.set(deleted);
        }, failure -> say("Could not delete: " + Messages.of(failure)));
    }

    /** Brings back the template just deleted. */
    public void undoDelete() {
        MessageTemplate deleted = undoable.get();
        if (deleted == null) {
            return;
        }
        background.run(() -> messages.save(deleted), restored -> {
            editing = restored;
            say("Brought back " + restored.name() + ".");
            load(restored.id());
        }, failure -> say("Could not bring it back: " + Messages.of(failure)));
    }

    /** Keeps the business name as typed, and fills the preview in again with it. */
    public void saveBusinessName() {
        String text = businessName.get();
        background.run(() -> {
            messages.setBusinessName(text);
            return text;
        }, stored -> refreshPreview(), failure -> say(Messages.of(failure)));
    }

    /** The text of the chosen client's message, for the clipboard; null when there is nothing to copy. */
    public String copyChosen() {
        Addressed chosen = recipient.get();
        if (chosen == null) {
            return null;
        }
        say("Copied the message for " + chosen.clientName() + ".");
        return text(chosen.message());
    }

    /** Every recipient's message with who it is for, for the clipboard; null when there is nothing to copy. */
    public String copyAll() {
        if (rendered.isEmpty() || rendered.get(0).message().hasTemplateErrors()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Addressed each : rendered) {
            String to = each.email() != null ? each.email() : each.phone() != null ? each.phone() : "no email or phone";
            parts.add("To: " + each.clientName() + " <" + to + ">\n" + text(each.message()));
        }
        say("Copied " + rendered.size() + (rendered.size() == 1 ? " message." : " messages, each with its recipient."));
        return String.join("\n\n----\n\n", parts);
    }

    /** Opens the chosen client's message in the mail app. */
    public void openInMailApp() {
        Addressed chosen = recipient.get();
        if (chosen == null) {
            return;
        }
        String uri = chosen.mailto().orElse(null);
        if (uri == null) {
            say(chosen.clientName() + " has no email address; use Copy instead.");
            return;
        }
        String email = chosen.email();
        background.run(() -> DesktopLinks.openMail(uri, "This computer has no mail app Rapport can open; use Copy instead."), problem -> say(problem == null ? "Opened the message to " + email + " in your mail app." : problem),
                failure -> say("Could not open your mail app: " + Messages.of(failure)));
    }

    // ---- the work

    private void load(UUID select) {
        background.run(messages::templates, list -> {
            templates.setAll(list);
            MessageTemplate chosen = list.stream().filter(t -> t.id().equals(select)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (chosen != null) {
                selected.set(chosen);
            } else {
                newTemplate();
            }
        }, failure -> say("Could not read the templates: " + Messages.of(failure)));
    }

    private void edit(MessageTemplate template) {
        // The same template shown again after a save keeps the message that says what happened.
        boolean same = template != null && editing != null && template.id().equals(editing.id());
        editing = template;
        filling = true;
        name.set(template == null ? "" : template.name());
        channel.set(template == null ? MessageChannel.EMAIL : template.channel());
        subject.set(template == null || template.subject() == null ? "" : template.subject());
        body.set(template == null ? "" : template.body());
        filling = false;
        problems.clear();
        if (!same) {
            say("");
        }
        checkTemplate();
    }

    /** The template as the form has it now. */
    private MessageTemplate formTemplate() {
        return new MessageTemplate(editing == null ? null : editing.id(), name.get(), channel.get(),
                subject.get(), body.get(), editing == null ? null : editing.createdAt(), null);
    }

    /** Checks the merge fields, and fills the preview in again. */
    private void checkTemplate() {
        List<TemplateProblem> found = TemplateRenderer.check(formTemplate());
        checkPassed.set(found.isEmpty());
        check.set(found.isEmpty() ? body.get().isBlank() ? "" : "Merge fields are all known."
                : found.stream().map(TemplateProblem::message).collect(Collectors.joining("\n")));
        refreshPreview();
    }

    private void refreshPreview() {
        Audience chosen = audience.get();
        if (chosen == null) {
            background.drop(previewKey);
            rendered.clear();
            return;
        }
        MessageTemplate template = formTemplate();
        UUID keep = recipient.get() == null ? null : recipient.get().clientId();
        background.execute(BackgroundTask.of(() -> messages.render(template, chosen.clientIds().get())).keyed(previewKey).onSuccess(result -> {
            rendered.setAll(result);
            Addressed again = result.stream().filter(a -> a.clientId().equals(keep)).findFirst().orElse(result.isEmpty() ? null : result.get(0));
            recipient.set(again);
            showPreview(again);
            nobodyText.set("Nobody to preview for: " + chosen.label() + " has no clients.");
            copyAllText.set(result.size() <= 1 ? "Copy all" : "Copy all " + result.size());
            long gaps = result.stream().filter(a -> !a.message().isComplete()).count();
            if (gaps > 0 && result.size() > 1) {
                say(gaps + " of " + result.size() + " messages have gaps (a value the client does not have).");
            }
        }).onFailure(failure -> say("Could not fill the preview in: " + Messages.of(failure))));
    }

    private void showPreview(Addressed addressed) {
        if (addressed == null) {
            previewSubject.set(null);
            previewBody.set("");
            previewProblems.set("");
            canCopy.set(false);
            canMail.set(false);
            canCopyAll.set(!rendered.isEmpty());
            return;
        }
        RenderedMessage m = addressed.message();
        previewSubject.set(m.subject() == null ? null : m.subject().isBlank() ? "(no subject)" : m.subject());
        previewBody.set(m.body());
        previewProblems.set(m.problems().stream().map(TemplateProblem::message).collect(Collectors.joining("\n")));
        boolean broken = m.hasTemplateErrors();
        boolean email = channel.get() == MessageChannel.EMAIL;
        canCopy.set(!broken);
        canCopyAll.set(!broken && !rendered.isEmpty());
        canMail.set(!broken && email);
        mailHint.set(!email ? "Text messages are copied, not mailed"
                : addressed.email() == null ? addressed.clientName() + " has no email address" : "Opens " + addressed.email() + " in your mail app");
    }

    private static String text(RenderedMessage m) {
        return m.subject() == null ? m.body() : "Subject: " + m.subject() + "\n\n" + m.body();
    }

    private void say(String text) {
        message.set(text);
        undoable.set(null);
    }
}
