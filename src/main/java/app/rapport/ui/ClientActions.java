package app.rapport.ui;

import app.rapport.domain.Client;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.today.TodayItem;
import app.rapport.service.RapportServices;
import app.rapport.service.SegmentService;
import app.rapport.ui.clients.ClientEditor;
import app.rapport.ui.control.TypeAhead;
import app.rapport.ui.followups.FollowUpDialog;
import app.rapport.ui.messages.TemplatesDialog;
import app.rapport.ui.messages.TemplatesViewModel;
import app.rapport.ui.opportunities.OpportunityDialog;
import app.rapport.ui.opportunities.OpportunityWords;
import app.rapport.ui.segments.SegmentDialog;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.touchpoint.LogTouchpointDialog;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the Clients menu, the workspace's buttons and their shortcuts do with the client the user
 * chose (see {@link Navigation#clientToActOn}): add, edit, delete, log, follow up, prepare a call,
 * and the segment and template dialogs. Each says what it did in the status bar; the screens that
 * show the result hear of it through the change bus, not from here.
 */
final class ClientActions {
    private final RapportServices services;
    private final TaskExecutor background;
    private final Clock clock;
    private final UiPreferences preferences;
    private final UndoManager undo;
    private final Navigation navigation;
    private final Consumer<String> report;
    private final Supplier<Scene> scene;
    private Runnable refreshBrief = () -> { };

    ClientActions(RapportServices services, TaskExecutor background, Clock clock, UiPreferences preferences, UndoManager undo,
                  Navigation navigation, Consumer<String> report, Supplier<Scene> scene) {
        this.services = services;
        this.background = background;
        this.clock = clock;
        this.preferences = preferences;
        this.undo = undo;
        this.navigation = navigation;
        this.report = report;
        this.scene = scene;
    }

    /** What F5 runs to build the selected client's brief again, once the brief is made. */
    void setRefreshBrief(Runnable refreshBrief) {
        this.refreshBrief = refreshBrief;
    }

    private Window window() {
        return scene.get() == null ? null : scene.get().getWindow();
    }

    private TypeAhead holdTyping() {
        return TypeAhead.hold(scene.get());
    }

    void newClient() {
        navigation.showSections();
        TypeAhead typed = holdTyping();
        background.run(services.clients()::tags, tags -> carry(typed, ClientEditor.open(window(), null, services.clients(), background, clock, tags,
                saved -> clientSaved(saved, "Client added: "))), failure -> {
            carry(typed, null);
            report.accept(Messages.of(failure));
        });
    }

    void editClient() {
        ClientSummary selected = navigation.selectedClient();
        if (selected == null) {
            report.accept("Select a client to edit first.");
            return;
        }
        TypeAhead typed = holdTyping();
        background.run(() -> new EditStart(services.clients().profile(selected.id()).map(profile -> profile.client()).orElse(null),
                        services.clients().tags()),
                start -> {
                    if (start.client() == null) {
                        carry(typed, null);
                        report.accept(selected.displayName() + " is no longer in your client book.");
                        navigation.selectInList(null);
                        return;
                    }
                    carry(typed, ClientEditor.open(window(), start.client(), services.clients(), background, clock, start.knownTags(),
                            saved -> clientSaved(saved, "Saved ")));
                }, failure -> {
                    carry(typed, null);
                    report.accept(Messages.of(failure));
                });
    }

    /** Hands the keys typed since the shortcut to the form it opened; with no form, gives them back to the window. */
    private static void carry(TypeAhead typed, Dialog<?> opened) {
        if (typed == null) {
            return;
        }
        if (opened == null) {
            typed.release();
        } else {
            typed.into(opened);
        }
    }

    /** What the profile form needs before it opens: the client as stored, and the tags in use. */
    private record EditStart(Client client, List<String> knownTags) {
    }

    /** Says a client was added or saved, and selects them in the list, whatever it was searching for. */
    void clientSaved(Client saved, String prefix) {
        report.accept(prefix + saved.displayName());
        navigation.clientList().queryProperty().set("");
        navigation.selectInList(saved.id());
    }

    void deleteClient() {
        ClientSummary selected = navigation.selectedClient();
        if (selected == null) {
            report.accept("Select a client to delete first.");
            return;
        }
        background.run(() -> {
            services.clients().delete(selected.id());
            return selected;
        }, deleted -> {
            undo.done("Deleted " + deleted.displayName(), () -> services.clients().restore(deleted.id()),
                    () -> navigation.selectInList(deleted.id()));
            report.accept("Deleted " + deleted.displayName() + " \u2014 Ctrl+Z to undo");
        }, failure -> report.accept("Could not delete " + selected.displayName() + ": " + Messages.of(failure)));
    }

    /** Logs a touchpoint with the client of a Today row; saving it takes them off the queue. */
    void logFromToday(TodayItem item) {
        LogTouchpointDialog.open(window(), services, background, preferences.lastChannel(), Navigation.summaryOf(item),
                saved -> report.accept("Touchpoint saved for " + item.clientName()),
                opportunity -> opportunitySaved(opportunity, item.clientName()));
    }

    /** Logs a touchpoint with the row of Today in front, or else the selected client (or one chosen in the form). */
    void logTouchpoint() {
        TodayItem row = navigation.todayRow();
        if (row != null) {
            logFromToday(row);
            return;
        }
        navigation.showSections();
        ClientSummary selected = navigation.selectedClient();
        LogTouchpointDialog[] dialog = new LogTouchpointDialog[1];
        dialog[0] = LogTouchpointDialog.open(window(), services, background, preferences.lastChannel(), selected, saved -> {
            report.accept("Touchpoint saved for " + loggedFor(dialog[0]));
            if (selected == null || !selected.id().equals(saved.clientId())) {
                navigation.selectInList(saved.clientId()); // show whom it was logged for
            }
        }, opportunity -> opportunitySaved(opportunity, loggedFor(dialog[0])));
    }

    /** The client the log form saved a touchpoint for, by name (null when none was chosen). */
    static String loggedFor(LogTouchpointDialog dialog) {
        ClientSummary client = dialog == null ? null : dialog.model().clientProperty().get();
        return client == null ? null : client.displayName();
    }

    /** They said no: the quick capture form for the selected client (or the selected row of Today). */
    void logRefusal() {
        ClientSummary client = navigation.clientToActOn();
        if (client == null) {
            report.accept("Select a client to log a refusal for first.");
            return;
        }
        OpportunityDialog.open(window(), services.opportunities(), services.purchases(), background, client.id(),
                client.displayName(), OpportunityKind.REFUSAL,
                saved -> opportunitySaved(saved, client.displayName()), report, holdTyping());
    }

    /** Says that a request, refusal, idea, complaint or referral was saved (the screens that list it hear it from the bus). */
    void opportunitySaved(Opportunity saved, String clientName) {
        report.accept(OpportunityWords.kind(saved.kind()) + " saved" + (clientName == null ? "" : " for " + clientName));
    }

    /** A promise to get back to the selected client, about {@code reason} (the brief's next step, or blank). */
    void followUp(String reason) {
        ClientSummary selected = navigation.selectedClient();
        if (selected == null) {
            report.accept("Select a client to follow up with first.");
            return;
        }
        TypeAhead typed = holdTyping();
        Stage form = FollowUpDialog.open(window(), services.followUps(), background, selected.id(), selected.displayName(), reason,
                LocalDate.now(clock), saved -> report.accept("Follow-up with " + selected.displayName() + " on " + saved.dueOn()));
        if (typed != null) {
            typed.into(form);
        }
    }

    /** Shows the brief of the selected client (or of the row of Today), freshly built (F5). */
    void prepareCall() {
        TodayItem row = navigation.todayRow();
        if (row != null) {
            navigation.prepareCallFor(row.clientId());
            return;
        }
        if (navigation.selectedClient() == null) {
            report.accept("Select a client to prepare the call.");
            return;
        }
        navigation.show(Section.CLIENTS);
        navigation.workspace().showTab(Navigation.BRIEF_TAB);
        refreshBrief.run();
    }

    /** Message templates, previewed for the selected client (if any) and for each saved segment. */
    void openTemplates() {
        ClientSummary selected = navigation.selectedClient();
        background.run(services.segments()::segments, saved -> {
            List<TemplatesViewModel.Audience> audiences = new ArrayList<>();
            if (selected != null) {
                audiences.add(TemplatesViewModel.forClient(selected));
            }
            saved.stream().filter(SegmentService.Saved::readable).map(SegmentService.Saved::segment)
                    .forEach(segment -> audiences.add(segmentAudience(segment)));
            TemplatesDialog.open(window(), services.messages(), background, audiences, report);
        }, failure -> report.accept(Messages.of(failure)));
    }

    private TemplatesViewModel.Audience segmentAudience(Segment segment) {
        return new TemplatesViewModel.Audience("Segment: " + segment.name(), () -> services.segments().clientIds(segment.criteria()));
    }

    /** Saved segments: edit them with a live count, show one in the client list, export it, write to it. */
    void openSegments() {
        navigation.showSections();
        SegmentDialog.open(window(), services.segments(), background, new SegmentDialog.Actions(
                segment -> {
                    navigation.show(Section.CLIENTS);
                    navigation.clientList().reloadSegments();
                    navigation.clientList().segmentProperty().set(segment);
                    report.accept("Showing the segment " + segment.name());
                },
                this::exportSegment,
                segment -> TemplatesDialog.open(window(), services.messages(), background, List.of(segmentAudience(segment)), report)),
                report).setOnHidden(event -> navigation.clientList().reloadSegments());
    }

    private void exportSegment(Segment segment) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + segment.name() + " as CSV");
        chooser.setInitialFileName(segment.name().replaceAll("[^\\p{L}\\p{N} _-]+", "").strip() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        report.accept("Exporting " + segment.name() + "\u2026");
        background.run(() -> services.segments().exportCsv(segment.criteria(), file.toPath()),
                count -> report.accept("Exported " + count + (count == 1 ? " client of " : " clients of ") + segment.name() + " to " + file),
                failure -> report.accept("Could not export " + segment.name() + ": " + Messages.of(failure)));
    }

    /** Runs {@code work} with the selected client, or asks the user to select one to {@code action}. */
    void withSelectedClient(String action, Consumer<ClientSummary> work) {
        ClientSummary selected = navigation.selectedClient();
        if (selected == null) {
            report.accept("Select a client to " + action + " first.");
            return;
        }
        work.accept(selected);
    }
}
