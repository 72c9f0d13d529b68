package app.rapport.ui.competitors;

import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLinkLine;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.SwotMaps;
import app.rapport.service.CompetitorService;
import app.rapport.service.CompetitorService.SwotMap;
import app.rapport.service.RecordConflictException;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import app.rapport.ui.UndoManager;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state of the Competitors screen: the maps to choose from (ours first, then each competitor),
 * the chosen map with its cards, and the clients linked to the chosen competitor. Every change
 * goes to the store in the background and the map is read again; deletes leave an undo.
 */
public final class CompetitorsViewModel {
    /** One entry of the list: a competitor, or our own business when {@code competitor} is null. */
    public record MapEntry(Competitor competitor) {
        public UUID competitorId() {
            return competitor == null ? null : competitor.id();
        }

        public String title() {
            return competitor == null ? "Our business" : competitor.name();
        }
    }

    static final MapEntry OURS = new MapEntry(null);

    private final CompetitorService competitors;
    private final TaskExecutor background;
    private final UndoManager undo;
    private final Consumer<String> report;
    private final ObservableList<MapEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<MapEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<SwotMap> map = new SimpleObjectProperty<>(this, "map");
    private final ObservableList<CompetitorLinkLine> links = FXCollections.observableArrayList();
    private final TaskKey mapKey = new TaskKey("competitor map");

    public CompetitorsViewModel(CompetitorService competitors, TaskExecutor background, UndoManager undo, Consumer<String> report) {
        this.competitors = competitors;
        this.background = background;
        this.undo = undo;
        this.report = report;
        selected.addListener((observable, before, now) -> loadMap());
    }

    public ObservableList<MapEntry> entries() {
        return entries;
    }

    public ObjectProperty<MapEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SwotMap> mapProperty() {
        return map;
    }

    public ObservableList<CompetitorLinkLine> links() {
        return links;
    }

    CompetitorService service() {
        return competitors;
    }

    /** Reads the list of competitors again, keeping the chosen one (or choosing {@code select}). */
    public void refresh() {
        refresh(null);
    }

    void refresh(UUID select) {
        background.run(competitors::competitors, list -> {
            MapEntry keep = selected.get();
            UUID wanted = select != null ? select : keep == null ? null : keep.competitorId();
            List<MapEntry> all = new ArrayList<>();
            all.add(OURS);
            list.forEach(c -> all.add(new MapEntry(c)));
            entries.setAll(all);
            MapEntry next = all.stream().filter(e -> Objects.equals(e.competitorId(), wanted)).findFirst().orElse(OURS);
            if (next.equals(selected.get())) {
                loadMap();
            } else {
                selected.set(next);
            }
        }, this::failed);
    }

    /** Reads the chosen map (and its linked clients) again. */
    public void loadMap() {
        MapEntry entry = selected.get();
        if (entry == null) {
            background.drop(mapKey);
            map.set(null);
            links.clear();
            return;
        }
        background.execute(BackgroundTask.of(() -> new Loaded(competitors.map(entry.competitorId()).orElse(null),
                entry.competitor() == null ? List.of() : competitors.linksOfCompetitor(entry.competitorId()))).keyed(mapKey).onSuccess(loaded -> {
            map.set(loaded.map());
            links.setAll(loaded.links());
        }).onFailure(this::failed));
    }

    private record Loaded(SwotMap map, List<CompetitorLinkLine> links) {
    }

    // ---- cards -----------------------------------------------------------------------------------

    public void addCard(Quadrant quadrant, String text, Consumer<String> onProblem) {
        MapEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        change(() -> competitors.addCard(entry.competitorId(), quadrant, text, null, null, null),
                card -> report.accept("Added to " + SwotMaps.title(quadrant).toLowerCase() + ": " + card.text()), onProblem);
    }

    /** Saves the card; another desk's newer save of it goes to {@code onConflict}, nothing written. */
    public void updateCard(SwotItem card, Consumer<RecordConflictException> onConflict, Consumer<String> onProblem) {
        background.run(() -> competitors.updateCard(card), saved -> {
            report.accept("Saved the card \u201c" + saved.text() + "\u201d");
            loadMap();
        }, failure -> {
            if (failure instanceof RecordConflictException conflict) {
                onConflict.accept(conflict);
            } else {
                onProblem.accept(Messages.of(failure));
            }
            loadMap();
        });
    }

    public void moveCard(SwotItem card, Quadrant quadrant, int index) {
        change(() -> {
            competitors.moveCard(card.id(), quadrant, index);
            return card;
        }, moved -> report.accept(moved.quadrant() == quadrant ? "Moved \u201c" + moved.text() + "\u201d"
                : "Moved \u201c" + moved.text() + "\u201d to " + SwotMaps.title(quadrant).toLowerCase()), null);
    }

    public void deleteCard(SwotItem card) {
        change(() -> {
            competitors.deleteCard(card.id());
            return card;
        }, deleted -> {
            String what = "Deleted \u201c" + deleted.text() + "\u201d";
            undo.done(what, () -> competitors.restoreCard(deleted.id()), this::loadMap);
            report.accept(what + " \u2014 Ctrl+Z to undo");
        }, null);
    }

    // ---- competitors -----------------------------------------------------------------------------

    public void saveCompetitor(Competitor competitor, Consumer<Competitor> onSaved, Consumer<Throwable> onFailure) {
        background.run(() -> competitors.save(competitor), saved -> {
            report.accept((competitor.id() == null ? "Added " : "Saved ") + saved.name());
            // Chosen at once, so cards typed right after saving land on its map, not the one before.
            selected.set(new MapEntry(saved));
            refresh(saved.id());
            onSaved.accept(saved);
        }, onFailure);
    }

    public void deleteSelectedCompetitor() {
        MapEntry entry = selected.get();
        if (entry == null || entry.competitor() == null) {
            report.accept("Choose a competitor to delete (our own map stays).");
            return;
        }
        Competitor gone = entry.competitor();
        background.run(() -> {
            competitors.delete(gone.id());
            return gone;
        }, deleted -> {
            undo.done("Deleted " + deleted.name(), () -> competitors.restore(deleted.id()), () -> refresh(deleted.id()));
            report.accept("Deleted " + deleted.name() + " and its map \u2014 Ctrl+Z to undo");
            selected.set(OURS);
            refresh();
        }, this::failed);
    }

    public void unlink(CompetitorLinkLine line) {
        background.run(() -> {
            competitors.unlink(line.link().id());
            return line;
        }, removed -> {
            String what = "Removed the link of " + removed.clientName() + " to " + removed.competitorName();
            undo.done(what, () -> competitors.relink(removed.link()), this::loadMap);
            report.accept(what + " \u2014 Ctrl+Z to undo");
            loadMap();
        }, this::failed);
    }

    private <T> void change(Supplier<T> work, Consumer<T> done, Consumer<String> onProblem) {
        background.run(work::get, result -> {
            done.accept(result);
            loadMap();
        }, failure -> {
            if (onProblem != null) {
                onProblem.accept(Messages.of(failure));
            } else {
                failed(failure);
            }
            loadMap();
        });
    }

    private void failed(Throwable failure) {
        report.accept(Messages.of(failure));
    }
}
