package app.rapport.ui.competitors;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.CompetitorLinkLine;
import app.rapport.service.CompetitorService;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import app.rapport.ui.UndoManager;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The competitors a client is linked to (a tab of the client workspace): newest first, add one
 * with the row below, Delete removes a link (Ctrl+Z brings it back), double-click opens the
 * competitor's map. The brief reads these links.
 */
public final class ClientCompetitorsView extends VBox {
    private final CompetitorService competitors;
    private final TaskExecutor background;
    private final UndoManager undo;
    private final Consumer<String> report;
    private final Runnable changed;
    private final ListView<CompetitorLinkLine> links = new ListView<>();
    private final CompetitorMention mention = new CompetitorMention("client-link");
    private final Label noCompetitors = new Label("Add competitors in the Competitors section to link them to clients.");
    private UUID clientId;
    private java.util.function.Function<UUID, String> clientNames = id -> null;

    public ClientCompetitorsView(CompetitorService competitors, TaskExecutor background, UndoManager undo, Consumer<String> report,
                                 Consumer<UUID> openCompetitor, Runnable changed) {
        super(8);
        this.competitors = competitors;
        this.background = background;
        this.undo = undo;
        this.report = report;
        this.changed = changed;
        setId("client-competitors");
        setPadding(new Insets(12));
        links.setId("client-competitor-links");
        Label none = new Label("No competitor linked yet. When the client names one, add it below.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        links.setPlaceholder(none);
        links.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CompetitorLinkLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.competitorName() + " \u2014 " + CompetitorsView.relationLabel(line.link().relation())
                        + " \u00b7 " + line.link().notedOn() + (line.link().note() == null ? "" : " \u00b7 " + line.link().note()));
            }
        });
        links.setOnKeyPressed(event -> {
            CompetitorLinkLine line = links.getSelectionModel().getSelectedItem();
            if (line != null && event.getCode() == KeyCode.DELETE) {
                unlink(line);
                event.consume();
            }
        });
        links.setOnMouseClicked(event -> {
            CompetitorLinkLine line = links.getSelectionModel().getSelectedItem();
            if (line != null && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openCompetitor.accept(line.link().competitorId());
            }
        });
        Button add = new Button("Link", new FontIcon(Material2AL.ADD));
        add.setId("client-link-add");
        add.setOnAction(event -> link());
        HBox row = new HBox(6, mention, add);
        HBox.setHgrow(mention, Priority.ALWAYS);
        row.visibleProperty().bind(mention.availableProperty());
        row.managedProperty().bind(row.visibleProperty());
        noCompetitors.getStyleClass().add(Styles.TEXT_MUTED);
        noCompetitors.visibleProperty().bind(mention.availableProperty().not());
        noCompetitors.managedProperty().bind(noCompetitors.visibleProperty());
        Label help = new Label("Delete removes the selected link; double-click opens the competitor's map.");
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(links, row, noCompetitors, help);
        VBox.setVgrow(links, Priority.ALWAYS);
    }

    /** Where status messages get the name of the client they are about. */
    public void setClientNames(java.util.function.Function<UUID, String> clientNames) {
        this.clientNames = clientNames;
    }

    public void setClient(UUID clientId) {
        this.clientId = clientId;
        mention.load(competitors, background);
        refresh();
    }

    /** Reads the client's competitor links again. */
    public void refresh() {
        UUID asked = clientId;
        if (asked == null) {
            links.getItems().clear();
            return;
        }
        background.run(() -> competitors.linksOfClient(asked), loaded -> {
            if (asked.equals(clientId)) {
                links.getItems().setAll(loaded);
            }
        }, failure -> report.accept(Messages.of(failure)));
    }

    private void link() {
        if (!mention.isChosen()) {
            report.accept("Choose the competitor the client brought up first.");
            return;
        }
        String competitorName = mention.chosenName();
        String clientName = clientNames.apply(clientId);
        mention.linkTo(clientId, background, created -> {
            report.accept("Linked " + (clientName == null ? "the client" : clientName) + " to " + competitorName);
            refresh();
            changed.run();
        }, failure -> report.accept("Could not link " + (clientName == null ? "the client" : clientName) + " to " + competitorName + ": "
                + Messages.of(failure)));
    }

    private void unlink(CompetitorLinkLine line) {
        background.run(() -> {
            competitors.unlink(line.link().id());
            return line;
        }, removed -> {
            String clientName = clientNames.apply(removed.link().clientId());
            String what = "Removed the link " + (clientName == null ? "" : "of " + clientName + " ") + "to " + removed.competitorName();
            undo.done(what, () -> competitors.relink(removed.link()), () -> {
                refresh();
                changed.run();
            });
            report.accept(what + " \u2014 Ctrl+Z to undo");
            refresh();
            changed.run();
        }, failure -> report.accept(Messages.of(failure)));
    }

    /** Reads the client's competitors again when their links change, or a competitor does. */
    public void followChanges(ChangeFollower changes) {
        changes.follow(ChangeFollower.about(() -> clientId, "client_competitor").or(batch -> batch.touchesAny("competitor")), this::refresh);
    }
}
