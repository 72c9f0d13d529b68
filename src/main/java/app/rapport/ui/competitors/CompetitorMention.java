package app.rapport.ui.competitors;

import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.service.CompetitorService;
import app.rapport.ui.task.TaskExecutor;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One row to say which competitor a client brought up and how (mentioned them, is considering
 * them, ...), with an optional note. Used on the client's Competitors tab and in the log-touchpoint
 * dialog; it is greyed out until there is at least one competitor to choose.
 */
public final class CompetitorMention extends HBox {
    private final ComboBox<Competitor> competitor = new ComboBox<>();
    private final ComboBox<CompetitorRelation> relation = new ComboBox<>();
    private final TextField note = new TextField();
    private final javafx.beans.property.ReadOnlyBooleanWrapper available = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "available");
    private CompetitorService service;

    public CompetitorMention(String idPrefix) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        competitor.setId(idPrefix + "-competitor");
        competitor.setPromptText("No competitor came up");
        competitor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Competitor value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Competitor fromString(String text) {
                return null;
            }
        });
        competitor.setButtonCell(new NameCell());
        competitor.setCellFactory(list -> new NameCell());
        relation.setId(idPrefix + "-relation");
        relation.getItems().addAll(CompetitorRelation.values());
        relation.setValue(CompetitorRelation.MENTIONED);
        relation.setConverter(new StringConverter<>() {
            @Override
            public String toString(CompetitorRelation value) {
                return value == null ? "" : CompetitorsView.relationLabel(value);
            }

            @Override
            public CompetitorRelation fromString(String text) {
                return null;
            }
        });
        relation.disableProperty().bind(competitor.valueProperty().isNull());
        note.setId(idPrefix + "-note");
        note.setPromptText("What they said");
        note.disableProperty().bind(competitor.valueProperty().isNull());
        HBox.setHgrow(note, Priority.ALWAYS);
        // On a narrow form the free-text note gives way, not the choices, whose words would be cut
        competitor.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        relation.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinWidth(120);
        getChildren().addAll(competitor, relation, note);
        competitor.disableProperty().bind(available.not());
    }

    /** Whether there is a competitor to choose; until then the row is greyed out. */
    public javafx.beans.property.ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Reads the competitors to choose from; the row shows once there is one. */
    public void load(CompetitorService competitors, TaskExecutor background) {
        this.service = competitors;
        background.run(competitors::competitors, list -> {
            Competitor chosen = competitor.getValue();
            competitor.getItems().setAll(list);
            competitor.getItems().add(0, null);
            competitor.setValue(list.contains(chosen) ? chosen : null);
            available.set(!list.isEmpty());
        }, failure -> available.set(false));
    }

    /** The chosen competitor's name, or null. */
    public String chosenName() {
        return competitor.getValue() == null ? null : competitor.getValue().name();
    }

    /** Whether a competitor is chosen. */
    public boolean isChosen() {
        return competitor.getValue() != null;
    }

    /**
     * Links the chosen competitor to the client in the background (nothing when none is chosen),
     * clears the row, then runs {@code done} on the FX thread with the new link or null.
     */
    public void linkTo(UUID clientId, TaskExecutor background, Consumer<CompetitorLink> done, Consumer<Throwable> failed) {
        Competitor chosen = competitor.getValue();
        if (chosen == null || service == null || clientId == null) {
            done.accept(null);
            return;
        }
        CompetitorRelation how = relation.getValue() == null ? CompetitorRelation.MENTIONED : relation.getValue();
        String said = note.getText();
        background.run(() -> service.link(clientId, chosen.id(), how, said), link -> {
            competitor.setValue(null);
            note.clear();
            done.accept(link);
        }, failed);
    }

    /** A competitor's name, or "No competitor came up" for the empty choice. */
    private final class NameCell extends ListCell<Competitor> {
        @Override
        protected void updateItem(Competitor value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value == null ? (available.get() ? "No competitor came up" : "No competitors yet") : value.name());
        }
    }

    List<Competitor> choices() {
        return competitor.getItems();
    }
}
