package app.rapport.ui.opportunities;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.RefusalReason;
import app.rapport.service.OpportunityService;
import app.rapport.service.PurchaseService;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import app.rapport.ui.control.FieldMessage;
import app.rapport.ui.touchpoint.ChoiceStrip;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Captures a request, refusal, upsell idea, complaint or referral in seconds: it opens with the
 * cursor in the summary; for a refusal a digit picks the reason (Alt+digit while typing); Enter or
 * Ctrl+Enter saves, Esc cancels. A problem is shown under its field and nothing is saved until all
 * is well; nothing typed is lost.
 */
public final class OpportunityDialog extends Dialog<Opportunity> {
    static final KeyCombination SAVE_KEYS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final String OTHER = "OTHER";
    private static final List<OpportunityKind> KINDS = List.of(OpportunityKind.REFUSAL, OpportunityKind.REQUEST,
            OpportunityKind.UPSELL, OpportunityKind.COMPLAINT, OpportunityKind.REFERRAL);

    private final OpportunityService opportunities;
    private final TaskExecutor background;
    private final UUID clientId;
    private final Opportunity editing;
    private final List<Product> catalog;
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
    private boolean saving;

    /** A reason just added to the list, and the list as it is now. */
    private record AddedReason(RefusalReason added, List<RefusalReason> all) {
    }

    /** What the form needs before it opens: the catalog and the refusal reasons. */
    record Lists(List<Product> catalog, List<RefusalReason> reasons) {
    }

    /**
     * Loads the catalog and the reasons in the background, then opens the form for a new
     * opportunity of {@code kind} for the client; {@code onSaved} hears the stored one.
     */
    public static void open(Window owner, OpportunityService opportunities, PurchaseService purchases, TaskExecutor background,
                            UUID clientId, String clientName, OpportunityKind kind, Consumer<Opportunity> onSaved,
                            Consumer<String> onFailure) {
        openWith(owner, opportunities, purchases, background, clientId, clientName, kind, null, onSaved, onFailure);
    }

    /** Opens the form on a stored opportunity, to change what it says. */
    public static void edit(Window owner, OpportunityService opportunities, PurchaseService purchases, TaskExecutor background,
                            Opportunity existing, String clientName, Consumer<Opportunity> onSaved, Consumer<String> onFailure) {
        openWith(owner, opportunities, purchases, background, existing.clientId(), clientName, existing.kind(), existing, onSaved, onFailure);
    }

    private static void openWith(Window owner, OpportunityService opportunities, PurchaseService purchases, TaskExecutor background,
                                 UUID clientId, String clientName, OpportunityKind kind, Opportunity existing,
                                 Consumer<Opportunity> onSaved, Consumer<String> onFailure) {
        background.run(() -> new Lists(purchases.products(), opportunities.refusalReasons()), lists -> {
            OpportunityDialog dialog = new OpportunityDialog(owner, opportunities, background, clientId, clientName, kind, existing, lists);
            dialog.onSaved = onSaved;
            dialog.show();
        }, failure -> onFailure.accept("Could not open the form: " + Messages.of(failure)));
    }

    OpportunityDialog(Window owner, OpportunityService opportunities, TaskExecutor background, UUID clientId, String clientName,
                      OpportunityKind initialKind, Opportunity existing, Lists lists) {
        this.opportunities = Objects.requireNonNull(opportunities);
        this.background = Objects.requireNonNull(background);
        this.clientId = clientId;
        this.editing = existing;
        this.catalog = List.copyOf(lists.catalog());
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        OpportunityKind startKind = existing != null ? existing.kind() : initialKind == null ? OpportunityKind.REFUSAL : initialKind;
        setTitle(existing != null ? "Edit " + OpportunityWords.kind(startKind).toLowerCase(Locale.ROOT) : OpportunityWords.newTitle(startKind));
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

        kind = new ChoiceStrip<>("opportunity-kind", KINDS, OpportunityWords::kind, k -> null, Map.of(), k -> null, false);
        kind.valueProperty().set(startKind);
        inputs.put("kind", kind);

        summary.setId("opportunity-summary");
        summary.promptTextProperty().bind(Bindings.createStringBinding(() -> OpportunityWords.summaryPrompt(kind.valueProperty().get()),
                kind.valueProperty()));
        inputs.put("summary", summary);

        reason.setReasons(lists.reasons());
        inputs.put("reasonCode", reason);
        reasonText.setId("opportunity-reason-text");
        reasonText.promptTextProperty().bind(Bindings.when(reason.codeProperty().isEqualTo(OTHER))
                .then("Why they said no, in a few words").otherwise("Anything they added (optional)"));
        inputs.put("reasonText", reasonText);
        addReason.setId("opportunity-add-reason");
        addReason.setGraphic(new FontIcon(Material2AL.ADD));
        addReason.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        addReason.textProperty().bind(Bindings.createStringBinding(() -> "Add \u201c" + shortened(reasonText.getText())
                + "\u201d to the reasons", reasonText.textProperty()));
        addReason.visibleProperty().bind(reason.codeProperty().isEqualTo(OTHER)
                .and(Bindings.createBooleanBinding(() -> !reasonText.getText().isBlank(), reasonText.textProperty())));
        addReason.managedProperty().bind(addReason.visibleProperty());
        addReason.setOnAction(event -> addTypedReason());

        product.setId("opportunity-product");
        product.setEditable(true);
        product.setPromptText("Optional: type or pick a product from the catalog");
        product.setMaxWidth(Double.MAX_VALUE);
        product.setVisibleRowCount(8);
        product.setItems(FXCollections.observableArrayList(catalog));
        product.setConverter(new StringConverter<>() {
            @Override
            public String toString(Product value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Product fromString(String text) {
                return productNamed(text).orElse(null);
            }
        });
        inputs.put("productId", product);

        status = new ChoiceStrip<>("opportunity-status", List.of(OpportunityStatus.values()), OpportunityWords::status, s -> null,
                Map.of(), s -> null, false);
        status.valueProperty().set(existing == null ? OpportunityStatus.OPEN : existing.status());
        inputs.put("closedOn", status);

        if (existing != null) {
            summary.setText(existing.summary());
            reason.codeProperty().set(existing.reasonCode());
            reasonText.setText(existing.reasonText() == null ? "" : existing.reasonText());
            catalog.stream().filter(p -> p.id().equals(existing.productId())).findFirst().ifPresent(product::setValue);
        }

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
        form.getStyleClass().add("opportunity-form");
        form.setPrefWidth(640);
        getDialogPane().setContent(form);

        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("opportunity-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save();
        });
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setId("opportunity-cancel");

        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        setOnShown(event -> Platform.runLater(() -> {
            summary.requestFocus();
            summary.end();
        }));
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
            save();
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

    private void save() {
        if (saving) {
            return;
        }
        clearProblems();
        String typedProduct = product.getEditor().getText() == null ? "" : product.getEditor().getText().strip();
        Optional<Product> chosen = productNamed(typedProduct);
        if (!typedProduct.isEmpty() && chosen.isEmpty()) {
            showProblems(List.of(new FieldProblem("productId", "There is no product called \u201c" + typedProduct
                    + "\u201d in the catalog: pick one from the list, or leave it empty.")));
            return;
        }
        OpportunityKind chosenKind = kind.valueProperty().get();
        boolean refusal = chosenKind == OpportunityKind.REFUSAL;
        OpportunityStatus chosenStatus = status.valueProperty().get();
        Opportunity draft = new Opportunity(editing == null ? null : editing.id(), clientId, chosenKind, chosenStatus,
                chosen.map(Product::id).orElse(null), refusal ? reason.codeProperty().get() : null,
                refusal ? reasonText.getText() : null, summary.getText(),
                editing == null ? null : editing.openedOn(),
                editing != null && editing.status() == chosenStatus ? editing.closedOn() : null);
        saving = true;
        background.run(() -> opportunities.save(draft), saved -> {
            saving = false;
            setResult(saved);
            close();
            onSaved.accept(saved);
        }, failure -> {
            saving = false;
            if (failure instanceof ValidationException invalid) {
                showProblems(invalid.problems());
            } else {
                showProblems(List.of(new FieldProblem("", "Could not save: " + Messages.of(failure))));
            }
        });
    }

    /** Adds what is typed under "Other" to the list of reasons and chooses it. */
    private void addTypedReason() {
        String label = reasonText.getText();
        clearProblems();
        background.run(() -> {
            RefusalReason added = opportunities.addRefusalReason(label);
            return new AddedReason(added, opportunities.refusalReasons());
        }, result -> {
            reason.setReasons(result.all());
            reason.codeProperty().set(result.added().code());
            reasonText.clear();
            reason.requestFocus();
            fitWindow();
        }, failure -> showProblems(List.of(new FieldProblem("reasonText", failure instanceof ValidationException invalid
                ? invalid.problems().get(0).message() : "Could not add the reason: " + Messages.of(failure)))));
    }

    private Optional<Product> productNamed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        Optional<Product> exact = catalog.stream().filter(p -> p.name().equalsIgnoreCase(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        List<Product> containing = catalog.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    private void clearProblems() {
        messages.values().forEach(message -> message.setVisible(false));
        general.setVisible(false);
        inputs.values().forEach(input -> input.pseudoClassStateChanged(Styles.STATE_DANGER, false));
    }

    private void showProblems(List<FieldProblem> problems) {
        Node first = null;
        StringBuilder elsewhere = new StringBuilder();
        for (FieldProblem problem : problems) {
            Label message = messages.get(problem.field());
            if (message == null || !isShownRow(message)) {
                elsewhere.append(elsewhere.isEmpty() ? "" : " ").append(problem.message());
                continue;
            }
            message.setText(problem.message());
            message.setVisible(true);
            Node input = inputs.get(problem.field());
            input.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            if (first == null) {
                first = input;
            }
        }
        if (!elsewhere.isEmpty()) {
            general.setText(elsewhere.toString());
            general.setVisible(true);
        }
        Node focus = first;
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
        fitWindow();
    }

    /** A message counts as shown when every box around it is shown (the reason rows hide for other kinds). */
    private static boolean isShownRow(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
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
