package app.rapport.ui.brief;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.brief.Brief;
import app.rapport.service.BriefService;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The brief of the selected client, built in the background; only the latest request is shown. */
public final class BriefViewModel {
    private final Function<UUID, Optional<Brief>> build;
    private final TaskExecutor background;
    private final ReadOnlyObjectWrapper<Brief> brief = new ReadOnlyObjectWrapper<>(this, "brief");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private UUID clientId;
    private String nothingChosen = "Select a client to prepare the call.";
    private final TaskKey briefKey = new TaskKey("brief");

    public BriefViewModel(BriefService briefs, TaskExecutor background) {
        this(briefs::brief, background);
    }

    /** A brief built another way than the store's playbook as it is (the playbook editor's preview). */
    public BriefViewModel(Function<UUID, Optional<Brief>> build, TaskExecutor background) {
        this.build = build;
        this.background = background;
    }

    public ReadOnlyObjectProperty<Brief> briefProperty() {
        return brief.getReadOnlyProperty();
    }

    /** What to show instead of a brief: nothing selected, preparing, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What to say while no client is chosen. */
    public void setNothingChosenMessage(String text) {
        nothingChosen = text;
        if (clientId == null) {
            message.set(text);
        }
    }

    public void setClient(UUID id) {
        clientId = id;
        refresh();
    }

    public void refresh() {
        UUID id = clientId;
        if (id == null) {
            background.drop(briefKey);
            brief.set(null);
            message.set(nothingChosen);
            return;
        }
        message.set("Preparing the brief\u2026");
        background.execute(BackgroundTask.of(() -> build.apply(id).orElse(null)).keyed(briefKey).onSuccess(built -> {
            brief.set(built);
            message.set(built == null ? "This client is no longer in your client book." : "");
        }).onFailure(failure -> {
            brief.set(null);
            message.set("Could not prepare the brief: " + Messages.of(failure));
        }));
    }

    /**
     * Builds the brief again when anything about the client changes, or anything every brief
     * reads (the playbook, settings, products, competitors).
     */
    public void followChanges(ChangeFollower changes) {
        changes.follow(ChangeFollower.about(() -> clientId).or(batch -> batch.touchesAny("playbook_rule", "setting", "product", "competitor",
                "swot_item")), this::refresh);
    }
}
