package app.rapport.ui.opportunities;

import app.rapport.ui.control.DiscardGuard;
import app.rapport.ui.control.TypeAhead;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.service.OpportunityService;
import app.rapport.service.PurchaseService;
import app.rapport.ui.control.ChoiceStrip;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.team.ConflictDialog;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Captures a request, refusal, upsell idea, complaint or referral in seconds: it opens with the
 * cursor in the summary; for a refusal a digit picks the reason (Alt+digit while typing); Enter or
 * Ctrl+Enter saves, Esc cancels. A problem is shown under its field and nothing is saved until all
 * is well; nothing typed is lost. The view binds its controls to an {@link OpportunityViewModel},
 * which does the work.
 */
public final class OpportunityDialog extends Dialog<Opportunity> {
    static final KeyCombination SAVE_KEYS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final OpportunityViewModel model;
    private final ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    private final ChoiceStrip<OpportunityKind> kind;
    private final TextField summary = new TextField();
    private final ReasonChoice reason = new ReasonChoice();
    private final TextField reasonText = new TextField();
    private final Button addReason = new Button();
    private final ComboBox<Product> product = new ComboBox<>();
    private final ChoiceStrip<OpportunityStatus> status;
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private final Map<String, Node> inputs = new LinkedHashMap<>();
    private final Label general = FieldMessage.create("opportunity-problem");
    private Consumer<Opportunity> onSaved = saved -> { };

    /**
     * Loads the catalog and the reasons in the background, then opens the form for a new
     * opportunity of {@code kind} for the client; {@code onSaved} hears the stored one.
     */
    public static void open(Window owner, OpportunityService opportunities, PurchaseService purchases, TaskExecutor background,
                            UUID clientId, String clientName, OpportunityKind kind, Consumer<Opportunity> onSaved,
                            Consumer<String> onFailure) {
        open(owner, opportunities, purchases, background, clientId, clientName, kind, onSaved, onFailure, null);
    }

    /** As above, handing the form the keys {@code typedAhead} kept since the shortcut that opens it (null: none). */
    public static void open(Window owner, OpportunityService opportunities, PurchaseService purchases, TaskExecutor background,
                            UUID clientId, String clientName, OpportunityKind kind, Consumer<Opportunity> onSaved,
                            Consumer<String> onFailure, TypeAhead typedAhead) {
        openWith(owner, opportunities, purchases, background, clientId, clientName, kind, null, onSaved, failure -> {
            if (typedAhead != null) {
                typedAhead.release();
            }
            onFailure.accept(failure);
        }, typedAhead);
    }

    /** Opens the form on a stored opportunity, to change what it says. */
    public static void edit(Window owner, OpportunityService opportunities, PurchaseService purchases, TaskExecutor background,
                            Opportunity existing, String clientName, Consumer<Opportunity> onSaved, Consumer<String> onFailure) {
        openWith(owner, opportunities, purchases, background, existing.clientId(), clientName, existing.kind(), existing, onSaved, onFailure, null);
    }

    private static void openWith(Window owner, OpportunityService opportunities, PurchaseService purchases, TaskExecutor background,
                                 UUID clientId, String clientName, OpportunityKind kind, Opportunity existing,
                                 Consumer<Opportunity> onSaved, Consumer<String> onFailure, TypeAhead typedAhead) {
        OpportunityViewModel.prepare(opportunities, purchases, background, clientId, kind, existing, model -> {
            OpportunityDialog dialog = new OpportunityDialog(owner, model, clientName);
            dialog.onSaved = onSaved;
            dialog.show();
            if (typedAhead != null) {
                typedAhead.into(dialog);
            }
        }, onFailure);
    }

    OpportunityDialog(Window owner, OpportunityViewModel model, String clientName) {
        this.model = Objects.requireNonNull(model);
        if (owner != null) {
            initOwner(owner);
        }
        // Not modal, so that the keys typed right after Ctrl+Shift+R reach it (see TypeAhead).
        initModality(Modality.NONE);
        setTitle(model.title());
        setResizable(true);
        getDialogPane().setId("opportunity-dialog");
        getDialogPane().getStyleClass().add("opportunity-dialog");
        getDialogPane().getStylesheets().addAll(
                Objects.requireNonNull(OpportunityDialog.class.getResource("/app/rapport/ui/touchpoint.css")).toExternalForm(),
                Objects.requireNonNull(OpportunityDialog.class.getResource("/app/rapport/ui/opportunities.css")).toExternalForm());
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, saveType);
        setResultConverter(button -> null);

        Label heading = new Label(clientName == null ? "" : clientName);
        heading.setId("opportunity-client");
        heading.getStyleClass().add(Styles.TITLE_4);

        kind = new ChoiceStrip<>("opportunity-kind", OpportunityViewModel.KINDS, OpportunityWords::kind, k -> null, Map.of(), k -> null, false);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        inputs.put("kind", kind);

        summary.setId("opportunity-summary");
        summary.textProperty().bindBidirectional(model.summaryProperty());
        summary.promptTextProperty().bind(Bindings.createStringBinding(() -> OpportunityWords.summaryPrompt(kind.valueProperty().get()),
                kind.valueProperty()));
        inputs.put("summary", summary);

        reason.setReasons(model.reasons());
        model.reasons().addListener((ListChangeListener<Object>) change -> {
            reason.setReasons(model.reasons());
            fitWindow();
        });
        reason.codeProperty().bindBidirectional(model.reasonCodeProperty());
        inputs.put("reasonCode", reason);
        reasonText.setId("opportunity-reason-text");
        reasonText.textProperty().bindBidirectional(model.reasonTextProperty());
        reasonText.promptTextProperty().bind(Bindings.when(reason.codeProperty().isEqualTo(OpportunityViewModel.OTHER))
                .then("Why they said no, in a few words").otherwise("Anything they added (optional)"));
        inputs.put("reasonText", reasonText);
        addReason.setId("opportunity-add-reason");
        addReason.setGraphic(new FontIcon(Material2AL.ADD));
        addReason.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        addReason.textProperty().bind(Bindings.createStringBinding(() -> "Add \u201c" + shortened(reasonText.getText())
                + "\u201d to the reasons", reasonText.textProperty()));
        addReason.visibleProperty().bind(model.canAddReasonBinding());
        addReason.managedProperty().bind(addReason.visibleProperty());
        addReason.setOnAction(event -> model.addTypedReason());
        model.addedReasonProperty().addListener((observable, before, added) -> reason.requestFocus());

        product.setId("opportunity-product");
        product.setEditable(true);
        product.setPromptText("Optional: type or pick a product from the catalog");
        product.setMaxWidth(Double.MAX_VALUE);
        product.setVisibleRowCount(8);
        product.setItems(FXCollections.observableArrayList(model.catalog()));
        product.setConverter(new StringConverter<>() {
            @Override
            public String toString(Product value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Product fromString(String text) {
                return model.productNamed(text).orElse(null);
            }
        });
        product.getEditor().textProperty().bindBidirectional(model.productTextProperty());
        inputs.put("productId", product);

        status = new ChoiceStrip<>("opportunity-status", List.of(OpportunityStatus.values()), OpportunityWords::status, s -> null,
                Map.of(), s -> null, false);
        status.valueProperty().bindBidirectional(model.statusProperty());
        inputs.put("closedOn", status);

        Label reasonHint = new Label("1\u20139 picks a reason (Alt+1\u20139 while typing)");
        reasonHint.getStyleClass().add("field-hint");
        HBox reasonTextRow = new HBox(8, reasonText, addReason);
        reasonTextRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(reasonText, Priority.ALWAYS);

        VBox reasonRows = new VBox(10,
                row("Why not", "reasonCode", new VBox(4, reason, reasonHint)),
                row("In their words", "reasonText", reasonTextRow));
        reasonRows.visibleProperty().bind(kind.valueProperty().isEqualTo(OpportunityKind.REFUSAL));
        reasonRows.managedProperty().bind(reasonRows.visibleProperty());
        reasonRows.visibleProperty().addListener((observable, before, now) -> fitWindow());

        Label keys = new Label("Enter or Ctrl+Enter saves \u00b7 Esc cancels");
        keys.getStyleClass().add("field-hint");
        VBox form = new VBox(10, heading,
                row("What", "kind", kind),
                row("Summary", "summary", summary),
                reasonRows,
                row("Product", "productId", product),
                row("Status", "closedOn", status),
                general, keys);
        messages.put(OpportunityViewModel.GENERAL, general);
        FieldMessage.follow(messages, model.problems());
        model.problems().addListener((MapChangeListener<String, String>) change -> showProblems());
        model.savedProperty().addListener((observable, before, saved) -> {
            setResult(saved);
            close();
            onSaved.accept(saved);
        });
        // Another desk saved it first: the person chooses per field, and the choice is saved (and checked) again.
        model.conflictProperty().addListener((observable, before, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(getDialogPane().getScene().getWindow(), conflict, Opportunity.class, model.editing(),
                        "this opportunity", model::saveChosen, model::notSaved);
            }
        });
        form.getStyleClass().add("opportunity-form");
        form.setPrefWidth(640);
        getDialogPane().setContent(form);

        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("opportunity-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save();
        });
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setId("opportunity-cancel");

        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        setOnShown(event -> Platform.runLater(() -> {
            summary.requestFocus();
            summary.end();
        }));
        DiscardGuard.install(this);
    }

    private HBox row(String caption, String field, Node input) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPrefWidth(100);
        label.setAlignment(Pos.TOP_RIGHT);
        Label message = FieldMessage.create("opportunity-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + "-problem");
        messages.put(field, message);
        VBox box = new VBox(3, input, message);
        HBox.setHgrow(box, Priority.ALWAYS);
        HBox row = new HBox(14, label, box);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** Called on the FX thread with the opportunity as stored, once the dialog has closed. */
    public void setOnSaved(Consumer<Opportunity> onSaved) {
        this.onSaved = onSaved == null ? saved -> { } : onSaved;
    }

    private void keyPressed(KeyEvent event) {
        if (SAVE_KEYS.match(event)) {
            event.consume();
            model.save();
            return;
        }
        int digit = digit(event.getCode());
        if (digit < 1 || event.isShortcutDown() || kind.valueProperty().get() != OpportunityKind.REFUSAL) {
            return;
        }
        boolean typing = getDialogPane().getScene().getFocusOwner() instanceof TextInputControl;
        if ((event.isAltDown() || !typing) && reason.pickNumber(digit)) {
            event.consume();
        }
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    /** Marks the inputs with a problem and puts the cursor in the first of them. */
    private void showProblems() {
        inputs.forEach((field, input) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, model.problems().containsKey(field)));
        model.problems().keySet().stream().map(inputs::get).filter(Objects::nonNull).findFirst()
                .ifPresent(first -> Platform.runLater(first::requestFocus));
        fitWindow();
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            javafx.scene.Scene scene = getDialogPane().getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        });
    }

    private static String shortened(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() <= 24 ? stripped : stripped.substring(0, 23) + "\u2026";
    }
}
