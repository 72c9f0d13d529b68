package app.rapport.ui.contacts;

import app.rapport.domain.ContactPoint;
import app.rapport.domain.contacts.ColumnMapping;
import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.ContactLayout;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.ImportPreview;
import app.rapport.ui.control.TextColumn;
import app.rapport.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * File > Import contacts: reads the file in the background (progress, Cancel), shows what was
 * found (format, encoding, delimiter), the column mapping to change, the bad rows with line and
 * reason and the likely duplicates with a choice each; nothing is written until Import. The view
 * binds its controls to an {@link ImportViewModel}, which does the work.
 */
public final class ImportDialog extends Stage {
    private final ImportViewModel model;

    private final Label summary = new Label();
    private final Label notices = new Label();
    private final GridPane mapping = new GridPane();
    private final TableView<ImportCandidate> rows = new TableView<>();
    private final ListView<String> badRows = new ListView<>();
    private final ListView<String> leftOut = new ListView<>();
    private final TableView<ImportCandidate> duplicates = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button importButton = new Button("Import");
    private final Button nothingButton = new Button("Import nothing");
    private final ComboBox<DuplicateChoice> allDuplicates = new ComboBox<>(FXCollections.observableArrayList(DuplicateChoice.values()));

    private ImportDialog(Window owner, ImportViewModel model, Consumer<String> onImported) {
        this.model = model;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Import contacts \u2014 " + model.file().getFileName());
        setScene(new Scene(content(), 980, 640));
        if (owner != null && owner.getScene() != null) {
            getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        getScene().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                nothingButton.fire();
                event.consume();
            }
        });
        setOnCloseRequest(event -> model.cancel());
        model.importedProperty().addListener((observable, before, message) -> {
            onImported.accept(message);
            close();
        });
        model.read();
    }

    /** Opens the import of {@code file}; {@code onImported} hears what was imported. */
    public static ImportDialog open(Window owner, ContactService contacts, TaskExecutor background, Path file, Consumer<String> onImported) {
        ImportDialog dialog = new ImportDialog(owner, new ImportViewModel(contacts, background, file), onImported);
        dialog.show();
        return dialog;
    }

    private VBox content() {
        summary.setId("import-summary");
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        notices.setId("import-notices");
        notices.setWrapText(true);
        notices.managedProperty().bind(notices.textProperty().isNotEmpty());
        notices.textProperty().bind(model.noticesProperty());

        mapping.setId("import-mapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setFitToHeight(true);
        mappingScroll.setPrefViewportHeight(84);
        mappingScroll.setMinHeight(104);
        Label mappingTitle = new Label("Columns \u2014 choose what each one holds:");
        VBox mappingBox = new VBox(4, mappingTitle, mappingScroll);
        mappingBox.managedProperty().bind(mappingBox.visibleProperty());
        mappingBox.setVisible(false);
        mapping.getProperties().put("box", mappingBox);

        rows.setId("import-rows");
        rows.setPlaceholder(new Label("No contacts read yet."));
        rows.getColumns().setAll(List.of(
                TextColumn.of("Line", 60, c -> Long.toString(c.line())),
                TextColumn.of("Name", 190, c -> c.client().displayName()),
                TextColumn.of("Phones", 160, c -> c.client().phones().stream().map(ContactPoint::value).collect(Collectors.joining(", "))),
                TextColumn.of("Emails", 200, c -> c.client().emails().stream().map(ContactPoint::value).collect(Collectors.joining(", "))),
                TextColumn.of("Check", 310, model::status)));
        rows.setItems(model.rows());

        badRows.setId("import-bad-rows");
        badRows.setPlaceholder(new Label("No bad rows."));
        badRows.setItems(model.badRows());
        leftOut.setId("import-left-out");
        leftOut.setPlaceholder(new Label("Every value of the good rows can be imported."));
        leftOut.setItems(model.leftOut());

        duplicates.setId("import-duplicates");
        duplicates.setEditable(true);
        duplicates.setPlaceholder(new Label("No row looks like a client you already have or like another row of the file."));
        TableColumn<ImportCandidate, DuplicateChoice> choice = new TableColumn<>("What to do");
        choice.setPrefWidth(190);
        choice.setEditable(true);
        choice.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.choiceFor(cell.getValue())));
        choice.setCellFactory(ComboBoxTableCell.forTableColumn(DuplicateChoice.values()));
        choice.setOnEditCommit(event -> model.choose(event.getRowValue(), event.getNewValue()));
        duplicates.getColumns().setAll(List.of(
                TextColumn.of("Line", 60, c -> Long.toString(c.line())),
                TextColumn.of("In the file", 200, c -> c.client().displayName()),
                TextColumn.of("Sure?", 80, model::sureness),
                TextColumn.of("Looks like", 220, model::looksLike),
                TextColumn.of("Why", 200, model::why)));
        duplicates.getColumns().add(choice);
        duplicates.setItems(model.duplicates());
        allDuplicates.setId("all-duplicates");
        allDuplicates.valueProperty().bindBidirectional(model.everyDuplicateProperty());
        allDuplicates.setOnAction(event -> duplicates.refresh());
        Label allLabel = new Label("_Every certain duplicate:");
        allLabel.setMnemonicParsing(true);
        allLabel.setLabelFor(allDuplicates);
        VBox duplicateBox = new VBox(6, new HBox(8, allLabel, allDuplicates), duplicates);
        HBox.setHgrow(duplicates, Priority.ALWAYS);
        VBox.setVgrow(duplicates, Priority.ALWAYS);
        ((HBox) duplicateBox.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);

        tabs.setId("import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(new Tab("Rows", rows), new Tab("Bad rows", badRows), new Tab("Duplicates", duplicateBox),
                new Tab("Values left out", leftOut));
        tabs.getTabs().get(0).setId("tab-rows");
        tabs.getTabs().get(1).setId("tab-bad");
        tabs.getTabs().get(2).setId("tab-duplicates");
        tabs.getTabs().get(3).setId("tab-left-out");
        tabs.getTabs().get(3).textProperty().bind(model.leftOutTitleProperty());
        tabs.getTabs().get(1).textProperty().bind(model.badTitleProperty());
        tabs.getTabs().get(2).textProperty().bind(model.duplicatesTitleProperty());
        model.previewProperty().addListener((observable, before, read) -> shown(read));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.visibleProperty().bind(model.workingProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressText.setId("import-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        importButton.setId("import-good");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.textProperty().bind(model.importTextProperty());
        importButton.setOnAction(event -> model.importRows());
        mapping.disableProperty().bind(model.workingProperty());
        nothingButton.setId("import-nothing");
        nothingButton.textProperty().bind(model.nothingTextProperty());
        nothingButton.setOnAction(event -> {
            if (!model.cancel()) {
                close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, progress, progressText, spacer, nothingButton, importButton);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, summary, notices, mappingBox, tabs, buttons);
        box.setPadding(new Insets(14));
        return box;
    }

    /** A new preview: its mapping shown, and the bad rows first when there are any. */
    private void shown(ImportPreview read) {
        read.layout().ifPresent(this::showMapping);
        if (!read.bad().isEmpty()) {
            tabs.getSelectionModel().select(1);
        }
    }

    private void showMapping(ContactLayout layout) {
        ((VBox) mapping.getProperties().get("box")).setVisible(true);
        mapping.getChildren().clear();
        for (int column = 0; column < layout.headers().size(); column++) {
            int index = column;
            Label header = new Label(layout.headers().get(column));
            header.getStyleClass().add("text-bold");
            ComboBox<ContactField> field = new ComboBox<>(FXCollections.observableArrayList(ContactField.values()));
            field.setId("mapping-" + column);
            ColumnMapping current = layout.mappings().get(column);
            field.setValue(current.field());
            field.setOnAction(event -> model.remap(index, field.getValue()));
            Label goes = new Label(whereItGoes(layout, column));
            goes.setId("mapping-note-" + column);
            goes.getStyleClass().add("text-muted");
            mapping.add(header, column, 0);
            mapping.add(field, column, 1);
            mapping.add(goes, column, 2);
        }
    }

    /** Under each column's choice: what exactly it fills, or why it is not imported. */
    static String whereItGoes(ContactLayout layout, int column) {
        ColumnMapping mapping = layout.mappings().get(column);
        for (int other = 0; other < layout.mappings().size(); other++) {
            if (layout.mappings().get(other).labelColumn() == column) {
                return "labels '" + layout.headers().get(other) + "'";
            }
        }
        return switch (mapping.field()) {
            case IGNORE -> "not imported";
            case CUSTOM -> mapping.labelColumn() >= 0 ? "a custom field named by '" + layout.headers().get(mapping.labelColumn()) + "'"
                    : "custom field '" + mapping.label() + "'";
            case NAME_PREFIX -> "greeting, with the last name";
            case PHONE, EMAIL -> mapping.label() != null ? "as " + mapping.label() : mapping.labelColumn() >= 0
                    ? "labelled by '" + layout.headers().get(mapping.labelColumn()) + "'" : "";
            default -> "";
        };
    }


    /** For tests: the rows shown. */
    ObservableList<ImportCandidate> shownRows() {
        return rows.getItems();
    }
}
