package app.rapport.ui.opportunities;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.RefusalReason;
import app.rapport.service.RecordConflictException;
import app.rapport.service.OpportunityService;
import app.rapport.service.PurchaseService;
import app.rapport.service.ValidationException;
import app.rapport.ui.Messages;
import app.rapport.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The form for a request, refusal, upsell idea, complaint or referral of one client: what it is,
 * in their words, why not (a refusal), the product and the status. Saving checks the product
 * typed against the catalog, then the service checks the rest; each problem is reported under its
 * field (or with {@link #GENERAL} when its field is not shown) and nothing is saved until all is well.
 */
public final class OpportunityViewModel {
    /** The kinds offered, in the order shown. */
    public static final List<OpportunityKind> KINDS = List.of(OpportunityKind.REFUSAL, OpportunityKind.REQUEST,
            OpportunityKind.UPSELL, OpportunityKind.COMPLAINT, OpportunityKind.REFERRAL);
    /** The form's fields that can carry a problem of their own. */
    public static final List<String> FIELDS = List.of("kind", "summary", "reasonCode", "reasonText", "productId", "closedOn");
    /** The key of problems shown under the whole form. */
    public static final String GENERAL = "";
    static final String OTHER = "OTHER";
    private static final Set<String> REFUSAL_FIELDS = Set.of("reasonCode", "reasonText");

    private final OpportunityService opportunities;
    private final TaskExecutor background;
    private final UUID clientId;
    private final Opportunity editing;
    private final List<Product> catalog;

    private final ObjectProperty<OpportunityKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<RefusalReason> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<String> reasonCode = new SimpleObjectProperty<>(this, "reasonCode");
    private final StringProperty reasonText = new SimpleStringProperty(this, "reasonText", "");
    private final StringProperty productText = new SimpleStringProperty(this, "productText", "");
    private final ObjectProperty<OpportunityStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> readOnlyProblems = FXCollections.unmodifiableObservableMap(problems);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<Opportunity> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<RecordConflictException> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ReadOnlyObjectWrapper<RefusalReason> addedReason = new ReadOnlyObjectWrapper<>(this, "addedReason");
    private final BooleanBinding canAddReason;

    /** A reason just added to the list, and the list as it is now. */
    private record AddedReason(RefusalReason added, List<RefusalReason> all) {
    }

    /** What the form needs before it opens: the catalog and the refusal reasons. */
    private record Lists(List<Product> catalog, List<RefusalReason> reasons) {
    }

    /**
     * Reads the catalog and the reasons in the background, then hands {@code ready} the form for
     * {@code existing} (or a new opportunity of {@code kind} when it is null) of the client.
     */
    public static void prepare(OpportunityService opportunities, PurchaseService purchases, TaskExecutor background, UUID clientId,
                               OpportunityKind kind, Opportunity existing, Consumer<OpportunityViewModel> ready, Consumer<String> onFailure) {
        background.run(() -> new Lists(purchases.products(), opportunities.refusalReasons()),
                lists -> ready.accept(new OpportunityViewModel(opportunities, background, clientId, kind, existing, lists.catalog(), lists.reasons())),
                failure -> onFailure.accept("Could not open the form: " + Messages.of(failure)));
    }

    OpportunityViewModel(OpportunityService opportunities, TaskExecutor background, UUID clientId, OpportunityKind initialKind,
                         Opportunity existing, List<Product> catalog, List<RefusalReason> reasons) {
        this.opportunities = Objects.requireNonNull(opportunities);
        this.background = Objects.requireNonNull(background);
        this.clientId = existing != null ? existing.clientId() : clientId;
        this.editing = existing;
        this.catalog = List.copyOf(catalog);
        this.reasons.setAll(reasons);
        kind.set(existing != null ? existing.kind() : initialKind == null ? OpportunityKind.REFUSAL : initialKind);
        status.set(existing == null ? OpportunityStatus.OPEN : existing.status());
        if (existing != null) {
            summary.set(existing.summary());
            reasonCode.set(existing.reasonCode());
            reasonText.set(existing.reasonText() == null ? "" : existing.reasonText());
            this.catalog.stream().filter(p -> p.id().equals(existing.productId())).findFirst().map(Product::name).ifPresent(productText::set);
        }
        canAddReason = reasonCode.isEqualTo(OTHER).and(Bindings.createBooleanBinding(() -> !reasonText.get().isBlank(), reasonText));
    }

    /** "New refusal", or "Edit refusal" for a stored one. */
    public String title() {
        return editing != null ? "Edit " + OpportunityWords.kind(kind.get()).toLowerCase(Locale.ROOT) : OpportunityWords.newTitle(kind.get());
    }

    public ObjectProperty<OpportunityKind> kindProperty() {
        return kind;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The refusal reasons to choose from, in the owner's order. */
    public ObservableList<RefusalReason> reasons() {
        return reasons;
    }

    /** The chosen reason's code (a refusal only), or null. */
    public ObjectProperty<String> reasonCodeProperty() {
        return reasonCode;
    }

    /** Their words, or what "Other" means. */
    public StringProperty reasonTextProperty() {
        return reasonText;
    }

    /** Whether "Other" with words typed can become a reason of the list. */
    public BooleanBinding canAddReasonBinding() {
        return canAddReason;
    }

    /** The product as typed or picked; empty for none. */
    public StringProperty productTextProperty() {
        return productText;
    }

    /** The products to pick from. */
    public List<Product> catalog() {
        return catalog;
    }

    public ObjectProperty<OpportunityStatus> statusProperty() {
        return status;
    }

    /** What is wrong, by field ({@link #FIELDS}, or {@link #GENERAL}), in the order found. */
    public ObservableMap<String, String> problems() {
        return readOnlyProblems;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The opportunity as stored, once saved. */
    public ReadOnlyObjectProperty<Opportunity> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Another desk's newer save of this opportunity, met by the last save (which wrote nothing); null otherwise. */
    public ReadOnlyObjectProperty<RecordConflictException> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** The opportunity as the form was filled from the store (null for a new one). */
    public Opportunity editing() {
        return editing;
    }

    /** The reason last added to the list (and chosen). */
    public ReadOnlyObjectProperty<RefusalReason> addedReasonProperty() {
        return addedReason.getReadOnlyProperty();
    }

    /** The catalog product with this name, or the only one whose name holds it. */
    public Optional<Product> productNamed(String text) {
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

    /** Saves the form; on success {@link #savedProperty()} holds what was stored. */
    public void save() {
        if (saving.get() || saved.get() != null) {
            return;
        }
        problems.clear();
        String typedProduct = productText.get() == null ? "" : productText.get().strip();
        Optional<Product> chosen = productNamed(typedProduct);
        if (!typedProduct.isEmpty() && chosen.isEmpty()) {
            show(List.of(new FieldProblem("productId", "There is no product called \u201c" + typedProduct
                    + "\u201d in the catalog: pick one from the list, or leave it empty.")));
            return;
        }
        OpportunityKind chosenKind = kind.get();
        boolean refusal = chosenKind == OpportunityKind.REFUSAL;
        OpportunityStatus chosenStatus = status.get();
        Opportunity draft = new Opportunity(editing == null ? null : editing.id(), clientId, chosenKind, chosenStatus,
                chosen.map(Product::id).orElse(null), refusal ? reasonCode.get() : null,
                refusal ? reasonText.get() : null, summary.get(),
                editing == null ? null : editing.openedOn(),
                editing != null && editing.status() == chosenStatus ? editing.closedOn() : null,
                editing == null ? 0 : editing.version());
        store(draft);
    }

    /** Saves what the person chose field by field after a conflict (checked again). */
    public void saveChosen(Opportunity merged) {
        problems.clear();
        store(merged);
    }

    /** The conflict was left as theirs: says over the form why nothing was saved. */
    public void notSaved(String why) {
        conflict.set(null);
        show(List.of(new FieldProblem(GENERAL, why)));
    }

    private void store(Opportunity draft) {
        conflict.set(null);
        saving.set(true);
        background.run(() -> opportunities.save(draft), stored -> {
            saving.set(false);
            saved.set(stored);
        }, failure -> {
            saving.set(false);
            if (failure instanceof RecordConflictException newer) {
                conflict.set(newer);
            } else {
                show(failure instanceof ValidationException invalid ? invalid.problems()
                        : List.of(new FieldProblem(GENERAL, "Could not save: " + Messages.of(failure))));
            }
        });
    }

    /** Adds what is typed under "Other" to the list of reasons and chooses it. */
    public void addTypedReason() {
        String label = reasonText.get();
        problems.clear();
        background.run(() -> {
            RefusalReason added = opportunities.addRefusalReason(label);
            return new AddedReason(added, opportunities.refusalReasons());
        }, result -> {
            reasons.setAll(result.all());
            reasonCode.set(result.added().code());
            reasonText.set("");
            addedReason.set(result.added());
        }, failure -> show(List.of(new FieldProblem("reasonText", failure instanceof ValidationException invalid
                ? invalid.problems().get(0).message() : "Could not add the reason: " + Messages.of(failure)))));
    }

    /** Each problem under its field when the form shows that field (why not: a refusal only), the rest together. */
    private void show(List<FieldProblem> found) {
        StringBuilder elsewhere = new StringBuilder();
        for (FieldProblem problem : found) {
            boolean shown = FIELDS.contains(problem.field())
                    && (!REFUSAL_FIELDS.contains(problem.field()) || kind.get() == OpportunityKind.REFUSAL);
            if (shown) {
                problems.put(problem.field(), problem.message());
            } else {
                elsewhere.append(elsewhere.isEmpty() ? "" : " ").append(problem.message());
            }
        }
        if (!elsewhere.isEmpty()) {
            problems.put(GENERAL, elsewhere.toString());
        }
    }
}
