package app.rapport.ui.competitors;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLinkLine;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.SwotMaps;
import app.rapport.service.ClientService;
import app.rapport.service.CompetitorService.SwotMap;
import app.rapport.service.RecordConflictException;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.team.ConflictDialog;
import app.rapport.ui.Messages;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.competitors.CompetitorsViewModel.MapEntry;
import atlantafx.base.theme.Styles;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Competitors screen: our own map and every competitor on the left; on the right the chosen
 * one's SWOT board, its details, the clients linked to it, and the positioning table of us
 * against the competitors. Ctrl+Shift+N adds a competitor; the map exports as PNG or Markdown.
 */
public final class CompetitorsView extends SplitPane {
    private final CompetitorsViewModel model;
    private final ClientService clients;
    private final TaskExecutor background;
    private final Consumer<String> report;
    private final Consumer<UUID> openClient;
    private final ListView<MapEntry> list = new ListView<>();
    private final SwotBoard board;
    private final Label mapTitle = new Label();
    private final Label mapSubtitle = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab detailsTab = new Tab("Details");
    private final Tab clientsTab = new Tab("Clients");
    private final PositioningView positioning;
    private final Map<String, TextField> detailFields = new HashMap<>();
    private final Map<String, Label> detailMessages = new HashMap<>();
    private final ComboBox<PriceLevel> priceLevel = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final ListView<CompetitorLinkLine> linked = new ListView<>();
    private final Spinner<Integer> staleDays = new Spinner<>(1, 3650, SwotMaps.DEFAULT_STALE_AFTER_DAYS, 30);
    private Competitor editing;
    private final Clock clock;

    public CompetitorsView(CompetitorsViewModel model, ClientService clients, TaskExecutor background, Clock clock,
                           Consumer<String> report, Consumer<UUID> openClient, Consumer<UUID> prepareCall) {
        this.model = model;
        this.clock = clock;
        this.clients = clients;
        this.background = background;
        this.report = report;
        this.openClient = openClient;
        setId("competitors-view");
        getStyleClass().add("competitors-view");
        getStylesheets().add(Objects.requireNonNull(CompetitorsView.class.getResource("/app/rapport/ui/competitors.css")).toExternalForm());
        board = new SwotBoard(new SwotBoard.Actions() {
            @Override
            public void add(Quadrant quadrant, String text, Consumer<String> onProblem) {
                model.addCard(quadrant, text, onProblem);
            }

            @Override
            public void edit(SwotItem card) {
                editCard(card);
            }

            @Override
            public void move(SwotItem card, Quadrant quadrant, int index) {
                model.moveCard(card, quadrant, index);
            }

            @Override
            public void delete(SwotItem card) {
                model.deleteCard(card);
            }
        });
        positioning = new PositioningView(model.service(), background, report);

        getItems().addAll(left(), right(prepareCall));
        setDividerPositions(0.22);
        model.mapProperty().addListener((observable, before, map) -> showMap(map));
        list.setItems(model.entries());
        model.entries().addListener((javafx.collections.ListChangeListener<MapEntry>) change -> {
            if (model.selectedProperty().get() != null) {
                list.getSelectionModel().select(model.selectedProperty().get());
            }
        });
        model.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        linked.setItems(model.links());
        model.links().addListener((javafx.collections.ListChangeListener<CompetitorLinkLine>) change ->
                clientsTab.setText("Clients (" + model.links().size() + ")"));
        // Ctrl+Shift+N works wherever the focus is, while this screen shows.
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(NEW_COMPETITOR, () -> {
                    if (showing()) {
                        newCompetitor();
                    }
                });
            }
        });
    }

    private static final javafx.scene.input.KeyCombination NEW_COMPETITOR = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+N");

    /** Whether this screen is the one in sight (an unselected tab's content is hidden, not removed). */
    private boolean showing() {
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    public CompetitorsViewModel model() {
        return model;
    }

    /** Shows the map of this competitor (after reading the list again). */
    public void showCompetitor(UUID competitorId) {
        tabs.getSelectionModel().select(0);
        model.refresh(competitorId);
    }

    /** Reads everything again and puts the focus in the list; called each time the screen is shown. */
    public void refresh() {
        list.requestFocus();
        reload();
    }

    /** Reads everything again where the user is (a change was heard): the focus stays where it is. */
    public void reload() {
        model.refresh();
        positioning.refresh();
        background.run(model.service()::staleAfterDays, days -> staleDays.getValueFactory().setValue(days), failure -> { });
    }

    private Node left() {
        list.setId("competitor-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MapEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.title());
                setGraphic(empty || entry == null ? null
                        : new FontIcon(entry.competitor() == null ? Material2MZ.STORE : Material2AL.FLAG));
                getStyleClass().removeAll("ours");
                if (!empty && entry != null && entry.competitor() == null) {
                    getStyleClass().add("ours");
                }
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                model.deleteSelectedCompetitor();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                board.focusAdd(Quadrant.STRENGTH);
                event.consume();
            }
        });
        Button add = new Button("New competitor", new FontIcon(Material2AL.ADD));
        add.setId("new-competitor");
        add.setTooltip(new Tooltip("Ctrl+Shift+N"));
        add.setOnAction(event -> newCompetitor());
        add.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label("Enter: start writing cards \u00b7 Delete: delete the competitor");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(8, add, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setMinWidth(180);
        return box;
    }

    private Node right(Consumer<UUID> prepareCall) {
        mapTitle.setId("map-title");
        mapTitle.getStyleClass().add(Styles.TITLE_3);
        mapSubtitle.getStyleClass().add(Styles.TEXT_MUTED);
        Button png = new Button("PNG\u2026", new FontIcon(Material2AL.IMAGE));
        png.setId("export-png");
        png.setTooltip(new Tooltip("Save this map as a picture, for a team meeting"));
        png.setOnAction(event -> exportPng());
        Button markdown = new Button("Markdown\u2026", new FontIcon(Material2AL.DESCRIPTION));
        markdown.setId("export-markdown");
        markdown.setTooltip(new Tooltip("Save this map as a Markdown text"));
        markdown.setOnAction(event -> exportMarkdown());
        staleDays.setEditable(true);
        staleDays.setPrefWidth(90);
        staleDays.setId("stale-days");
        staleDays.valueProperty().addListener((observable, before, days) -> {
            if (days != null && before != null && !days.equals(before)) {
                background.run(() -> {
                    model.service().setStaleAfterDays(days);
                    return days;
                }, saved -> model.loadMap(), failure -> report.accept(Messages.of(failure)));
            }
        });
        Label staleLabel = new Label("Stale after");
        Label staleUnit = new Label("days");
        for (Region keep : List.of(staleLabel, staleDays, staleUnit, png, markdown)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The title gives way (its subtitle is cut short) before the controls beside it do.
        VBox titles = new VBox(2, mapTitle, mapSubtitle);
        titles.setMinWidth(0);
        titles.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(8, titles, staleLabel, staleDays, staleUnit, png, markdown);
        header.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label("Type in a quadrant and press Enter to add a card (Tab: next quadrant). Drag cards between quadrants, "
                + "or select one and press Alt+arrows; Ctrl+Up/Down reorders, Enter edits, Delete removes (Ctrl+Z undoes).");
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox mapPane = new VBox(8, header, board, help);
        VBox.setVgrow(board, Priority.ALWAYS);
        mapPane.setPadding(new Insets(10));
        Tab mapTab = new Tab("SWOT map", mapPane);
        mapTab.setId("tab-map");

        detailsTab.setContent(details());
        detailsTab.setId("tab-details");
        clientsTab.setContent(linkedClients(prepareCall));
        clientsTab.setId("tab-clients");
        Tab positioningTab = new Tab("Positioning", positioning);
        positioningTab.setId("tab-positioning");
        positioningTab.setOnSelectionChanged(event -> {
            if (positioningTab.isSelected()) {
                positioning.refresh();
            }
        });
        tabs.getTabs().addAll(mapTab, detailsTab, clientsTab, positioningTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("competitor-tabs");
        return tabs;
    }

    private void showMap(SwotMap map) {
        board.show(map);
        boolean ours = map == null || map.competitor() == null;
        mapTitle.setText(map == null ? "" : map.competitor() == null ? "Our business" : map.competitor().name());
        if (map == null) {
            mapSubtitle.setText("");
        } else if (ours) {
            mapSubtitle.setText("How we stand: the strengths the brief uses to answer a competitor.");
        } else {
            Competitor c = map.competitor();
            StringBuilder sub = new StringBuilder();
            if (c.area() != null) {
                sub.append(c.area());
            }
            if (c.priceLevel() != null) {
                sub.append(sub.length() == 0 ? "" : " \u00b7 ").append("prices ").append(SwotMaps.priceLabel(c.priceLevel()));
            }
            if (c.website() != null) {
                sub.append(sub.length() == 0 ? "" : " \u00b7 ").append(c.website());
            }
            mapSubtitle.setText(sub.toString());
        }
        detailsTab.setDisable(ours);
        clientsTab.setDisable(ours);
        clientsTab.setText(ours ? "Clients" : "Clients (" + model.links().size() + ")");
        if (ours && (tabs.getSelectionModel().getSelectedItem() == detailsTab || tabs.getSelectionModel().getSelectedItem() == clientsTab)) {
            tabs.getSelectionModel().select(0);
        }
        if (!ours && (editing == null || !editing.id().equals(map.competitor().id()) || !editing.equals(map.competitor()))) {
            fillDetails(map.competitor());
        }
    }

    // ---- details ---------------------------------------------------------------------------------

    private Node details() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (String[] field : new String[][]{{"name", "Name"}, {"website", "Website"}, {"area", "Where (address or area)"}}) {
            TextField input = new TextField();
            input.setId("competitor-" + field[0]);
            detailFields.put(field[0], input);
            Label message = FieldMessage.create("competitor-" + field[0] + "-message");
            detailMessages.put(field[0], message);
            grid.add(new Label(field[1]), 0, row);
            grid.add(input, 1, row++);
            grid.add(message, 1, row++);
        }
        priceLevel.setId("competitor-price");
        priceLevel.getItems().addAll(PriceLevel.values());
        priceLevel.setConverter(new StringConverter<>() {
            @Override
            public String toString(PriceLevel level) {
                return level == null ? "Not known" : "Prices " + SwotMaps.priceLabel(level);
            }

            @Override
            public PriceLevel fromString(String text) {
                return null;
            }
        });
        grid.add(new Label("Price level"), 0, row);
        grid.add(priceLevel, 1, row++);
        notes.setId("competitor-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        grid.add(new Label("Notes"), 0, row);
        grid.add(notes, 1, row++);
        Button save = new Button("Save (Ctrl+Enter)");
        save.setId("competitor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> saveDetails());
        Button delete = new Button("Delete competitor", new FontIcon(Material2AL.DELETE));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> model.deleteSelectedCompetitor());
        grid.add(new HBox(8, save, delete), 1, row);
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), wide);
        grid.setPadding(new Insets(16));
        grid.setMaxWidth(640);
        grid.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                saveDetails();
                event.consume();
            }
        });
        return grid;
    }

    private void fillDetails(Competitor competitor) {
        editing = competitor;
        detailFields.get("name").setText(competitor == null ? "" : competitor.name());
        detailFields.get("website").setText(competitor == null || competitor.website() == null ? "" : competitor.website());
        detailFields.get("area").setText(competitor == null || competitor.area() == null ? "" : competitor.area());
        priceLevel.setValue(competitor == null ? null : competitor.priceLevel());
        notes.setText(competitor == null || competitor.notes() == null ? "" : competitor.notes());
        detailMessages.values().forEach(message -> message.setVisible(false));
    }

    private void newCompetitor() {
        fillDetails(null);
        detailsTab.setDisable(false);
        tabs.getSelectionModel().select(detailsTab);
        mapTitle.setText("New competitor");
        detailFields.get("name").requestFocus();
    }

    private void saveDetails() {
        Competitor changed = new Competitor(editing == null ? null : editing.id(), detailFields.get("name").getText(),
                detailFields.get("website").getText(), detailFields.get("area").getText(), priceLevel.getValue(), notes.getText(),
                editing == null ? 0 : editing.version());
        detailMessages.values().forEach(message -> message.setVisible(false));
        saveCompetitor(changed, false);
    }

    private void saveCompetitor(Competitor changed, boolean chosenAfterConflict) {
        Competitor read = editing;
        model.saveCompetitor(changed, saved -> {
            editing = saved;
            if (chosenAfterConflict) {
                fillDetails(saved);
            }
            if (changed.id() == null) {
                tabs.getSelectionModel().select(0);
                board.focusAdd(Quadrant.STRENGTH);
            }
        }, failure -> {
            if (failure instanceof RecordConflictException conflict) {
                // Another desk saved it first: the person chooses per field, and the choice is saved (and checked) again.
                ConflictDialog.resolve(window(), conflict, Competitor.class, read, "this competitor",
                        merged -> saveCompetitor(merged, true), report);
                return;
            }
            if (failure instanceof ValidationException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    Label message = detailMessages.get(problem.field());
                    if (message != null) {
                        message.setText(problem.message());
                        message.setVisible(true);
                    }
                }
            }
            String name = changed.name() == null || changed.name().isBlank() ? "the competitor" : changed.name();
            report.accept("Could not save " + name + ": " + Messages.of(failure));
        });
    }

    // ---- linked clients --------------------------------------------------------------------------

    private Node linkedClients(Consumer<UUID> prepareCall) {
        linked.setId("competitor-clients");
        Label none = new Label("No client is linked to this competitor yet. Link one from the client's Competitors tab, "
                + "or when you log a touchpoint.");
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        linked.setPlaceholder(none);
        linked.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CompetitorLinkLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setContextMenu(null);
                    return;
                }
                setText(line.clientName() + " \u2014 " + relationLabel(line.link().relation()) + " \u00b7 " + line.link().notedOn()
                        + (line.link().note() == null ? "" : " \u00b7 " + line.link().note()));
                MenuItem open = new MenuItem("Open client");
                open.setOnAction(event -> openClient.accept(line.link().clientId()));
                MenuItem call = new MenuItem("Prepare call");
                call.setOnAction(event -> prepareCall.accept(line.link().clientId()));
                MenuItem remove = new MenuItem("Remove link");
                remove.setOnAction(event -> model.unlink(line));
                setContextMenu(new ContextMenu(open, call, remove));
            }
        });
        linked.setOnMouseClicked(event -> {
            CompetitorLinkLine line = linked.getSelectionModel().getSelectedItem();
            if (line != null && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openClient.accept(line.link().clientId());
            }
        });
        linked.setOnKeyPressed(event -> {
            CompetitorLinkLine line = linked.getSelectionModel().getSelectedItem();
            if (line != null && event.getCode() == KeyCode.ENTER) {
                openClient.accept(line.link().clientId());
            } else if (line != null && event.getCode() == KeyCode.DELETE) {
                model.unlink(line);
            }
        });
        Label help = new Label("Double-click or Enter opens the client; right-click for the call brief; Delete removes the link.");
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, linked, help);
        VBox.setVgrow(linked, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    static String relationLabel(app.rapport.domain.CompetitorRelation relation) {
        return switch (relation) {
            case MENTIONED -> "mentioned them";
            case CONSIDERING -> "is considering them";
            case ALSO_BUYS_FROM -> "also buys from them";
            case SWITCHED_TO_THEM -> "switched to them";
            case SWITCHED_FROM_THEM -> "came to us from them";
        };
    }

    // ---- cards and export ------------------------------------------------------------------------

    private void editCard(SwotItem card) {
        SwotMap map = model.mapProperty().get();
        String clientName = map == null || card.clientId() == null ? null : map.clientNames().get(card.clientId());
        new CardDialog(window(), card, clientName, clients, LocalDate.now(clock)).showAndWait()
                .ifPresent(changed -> saveCard(card, changed));
    }

    private void saveCard(SwotItem read, SwotItem changed) {
        // Another desk saved the card first: the person chooses per field, and the choice is saved (and checked) again.
        model.updateCard(changed, conflict -> ConflictDialog.resolve(window(), conflict, SwotItem.class, read, "this card",
                        merged -> saveCard(read, merged), report),
                message -> report.accept("Could not save the card \u201c" + changed.text() + "\u201d: " + message));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The map drawn for a picture: title, subtitle and the four quadrants, without fields or buttons. */
    WritableImage mapPicture(SwotMap map) {
        SwotBoard picture = new SwotBoard(board.actionsForPicture(), true);
        picture.show(map);
        Label title = new Label("SWOT map: " + map.title());
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label(mapSubtitle.getText() + (mapSubtitle.getText().isEmpty() ? "" : " \u00b7 ") + "as of " + map.today());
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox page = new VBox(10, title, subtitle, picture);
        VBox.setVgrow(picture, Priority.ALWAYS);
        page.setPadding(new Insets(20));
        page.getStyleClass().addAll("competitors-view", "swot-export");
        page.setPrefWidth(1100);
        Scene scene = new Scene(new BorderPane(page));
        scene.getStylesheets().addAll(getScene() == null ? java.util.List.of() : getScene().getStylesheets());
        scene.getStylesheets().addAll(getStylesheets());
        page.applyCss();
        page.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        return page.snapshot(parameters, null);
    }

    private void exportPng() {
        SwotMap map = model.mapProperty().get();
        if (map == null) {
            return;
        }
        File file = choose(map, "PNG picture", "*.png", ".png");
        if (file == null) {
            return;
        }
        WritableImage image = mapPicture(map);
        background.run(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }, saved -> report.accept("Saved the map of " + map.title() + " to " + saved), failure -> report.accept(Messages.of(failure)));
    }

    private void exportMarkdown() {
        SwotMap map = model.mapProperty().get();
        if (map == null) {
            return;
        }
        File file = choose(map, "Markdown text", "*.md", ".md");
        if (file == null) {
            return;
        }
        String text = map.markdown();
        background.run(() -> {
            try {
                Files.writeString(file.toPath(), text, StandardCharsets.UTF_8);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }, saved -> report.accept("Saved the map of " + map.title() + " to " + saved), failure -> report.accept(Messages.of(failure)));
    }

    private File choose(SwotMap map, String kind, String pattern, String suffix) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the map as " + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(map.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-swot" + suffix);
        File file = chooser.showSaveDialog(window());
        if (file != null && !file.getName().contains(".")) {
            file = new File(file.getPath() + suffix);
        }
        return file;
    }

    /** Reads the competitors again where the user is, while they are {@code shown}, when a change touches them. */
    public void followChanges(ChangeFollower changes, java.util.function.BooleanSupplier shown) {
        changes.follow(ChangeFollower.whileShown(shown, "competitor", "swot_item", "client_competitor", "positioning_factor",
                "positioning_rating"), this::reload);
    }
}
