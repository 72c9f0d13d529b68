package app.rapport.ui.competitors;

import app.rapport.domain.Competitor;
import app.rapport.domain.PositioningFactor;
import app.rapport.domain.PositioningRating;
import app.rapport.service.CompetitorService;
import app.rapport.service.CompetitorService.Positioning;
import app.rapport.ui.control.RatingStars;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The positioning table: the factors clients choose by as rows, us and the competitors ticked
 * above as columns; each cell a rating from 1 (weak) to 5 (strong) and a short note, saved as
 * soon as it is chosen or the note is left. Factors are renamed in place, added below, removed by ×.
 */
final class PositioningView extends VBox {
    private final CompetitorService competitors;
    private final TaskExecutor background;
    private final Consumer<String> report;
    private final FlowPane chosen = new FlowPane(12, 6);
    private final GridPane table = new GridPane();
    private final Set<UUID> shownCompetitors = new LinkedHashSet<>();
    private boolean choseOnce;
    private Positioning current;

    PositioningView(CompetitorService competitors, TaskExecutor background, Consumer<String> report) {
        this.competitors = competitors;
        this.background = background;
        this.report = report;
        setId("positioning-view");
        setSpacing(10);
        setPadding(new Insets(10));
        table.setId("positioning-table");
        table.setHgap(10);
        table.setVgap(6);
        TextField newFactor = new TextField();
        newFactor.setId("new-factor");
        newFactor.setPromptText("Add a factor (e.g. Parking) and press Enter");
        newFactor.setPrefColumnCount(24);
        newFactor.setOnAction(event -> {
            String name = newFactor.getText();
            run(() -> competitors.saveFactor(null, name), () -> newFactor.clear());
        });
        Label compare = new Label("Compare us with:");
        Label help = new Label("Rate each factor from 1 (weak) to 5 (strong), with a short note. Changes are saved at once.");
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(new HBox(8, compare, chosen), scroll, newFactor, help);
    }

    void refresh() {
        background.run(competitors::positioning, this::show, failure -> report.accept(Messages.of(failure)));
    }

    private void show(Positioning positioning) {
        current = positioning;
        if (!choseOnce) {
            // At first, the three competitors that come first: enough to compare, still readable.
            positioning.competitors().stream().limit(3).forEach(c -> shownCompetitors.add(c.id()));
            choseOnce = true;
        }
        chosen.getChildren().clear();
        for (Competitor competitor : positioning.competitors()) {
            CheckBox box = new CheckBox(competitor.name());
            box.setSelected(shownCompetitors.contains(competitor.id()));
            box.selectedProperty().addListener((observable, before, on) -> {
                if (on) {
                    shownCompetitors.add(competitor.id());
                } else {
                    shownCompetitors.remove(competitor.id());
                }
                show(current);
            });
            chosen.getChildren().add(box);
        }
        // The table is built again after each save: the control that had the focus keeps it.
        String focusedId = getScene() != null && getScene().getFocusOwner() != null && isInTable(getScene().getFocusOwner())
                ? getScene().getFocusOwner().getId() : null;
        table.getChildren().clear();
        List<Competitor> columns = new ArrayList<>();
        columns.add(null);
        positioning.competitors().stream().filter(c -> shownCompetitors.contains(c.id())).forEach(columns::add);
        Label factorHeader = new Label("Factor");
        factorHeader.getStyleClass().add(Styles.TEXT_BOLD);
        table.add(factorHeader, 0, 0);
        for (int column = 0; column < columns.size(); column++) {
            Label header = new Label(columns.get(column) == null ? "Us" : columns.get(column).name());
            header.getStyleClass().add(Styles.TEXT_BOLD);
            table.add(header, column + 1, 0);
        }
        int row = 1;
        for (PositioningFactor factor : positioning.factors()) {
            table.add(factorCell(factor), 0, row);
            for (int column = 0; column < columns.size(); column++) {
                UUID competitorId = columns.get(column) == null ? null : columns.get(column).id();
                table.add(cell(factor, competitorId, positioning.cell(factor.id(), competitorId)), column + 1, row);
            }
            row++;
        }
        if (focusedId != null) {
            Node again = table.lookup("#" + focusedId);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private boolean isInTable(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == table) {
                return true;
            }
        }
        return false;
    }

    private Node factorCell(PositioningFactor factor) {
        TextField name = new TextField(factor.name());
        name.setPrefColumnCount(10);
        name.setId("factor-" + factor.name().toLowerCase(java.util.Locale.ROOT));
        Runnable rename = () -> {
            if (!name.getText().strip().equals(factor.name())) {
                run(() -> competitors.saveFactor(factor.id(), name.getText()), () -> { });
            }
        };
        name.setOnAction(event -> rename.run());
        name.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                rename.run();
            }
        });
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip("Remove the factor " + factor.name() + " and its ratings"));
        remove.setOnAction(event -> run(() -> competitors.deleteFactor(factor.id()), () -> report.accept("Removed the factor " + factor.name())));
        HBox box = new HBox(2, name, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node cell(PositioningFactor factor, UUID competitorId, PositioningRating rating) {
        RatingStars score = new RatingStars(rating.rating() == null ? 0 : rating.rating());
        score.setId("rating-" + factor.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + (competitorId == null ? "us" : competitorId));
        TextField note = new TextField(rating.note() == null ? "" : rating.note());
        note.setPromptText("note");
        note.setPrefColumnCount(12);
        if (!note.getText().isBlank()) {
            // A note longer than its cell reads whole on hover.
            note.setTooltip(new Tooltip(note.getText()));
        }
        Runnable save = () -> {
            Integer value = score.ratingProperty().get() == 0 ? null : score.ratingProperty().get();
            String text = note.getText();
            PositioningRating now = new PositioningRating(factor.id(), competitorId, value, text == null || text.isBlank() ? null : text.strip());
            if (!Objects.equals(now, rating)) {
                run(() -> competitors.rate(factor.id(), competitorId, now.rating(), now.note()), () -> { });
            }
        };
        score.ratingProperty().addListener((observable, before, now) -> save.run());
        note.setOnAction(event -> save.run());
        note.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                save.run();
            }
        });
        HBox box = new HBox(4, score, note);
        box.getStyleClass().add("positioning-cell");
        if (rating.rating() != null && rating.rating() >= 4) {
            box.getStyleClass().add("strong");
        } else if (rating.rating() != null && rating.rating() <= 2) {
            box.getStyleClass().add("weak");
        }
        return box;
    }

    private void run(Runnable work, Runnable done) {
        background.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> {
            done.run();
            refresh();
        }, failure -> report.accept("Could not save the positioning table: " + Messages.of(failure)));
    }
}
