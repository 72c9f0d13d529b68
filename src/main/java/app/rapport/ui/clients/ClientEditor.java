package app.rapport.ui.clients;

import app.rapport.ui.control.DiscardGuard;
import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.ClientValidation;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.FieldProblem;
import app.rapport.service.ClientService;
import app.rapport.service.ClientConflictException;
import app.rapport.ui.team.ConflictDialog;
import app.rapport.service.ValidationException;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import app.rapport.ui.control.FieldMessage;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The profile form, for a new client (Ctrl+N) or an existing one. It checks everything before
 * saving, shows each problem beside its field, and saves all of it or nothing.
 */
public final class ClientEditor extends Dialog<Client> {
    private static final List<String> PHONE_LABELS = List.of("mobile", "home", "work", "other");
    private static final List<String> EMAIL_LABELS = List.of("personal", "work", "other");

    private final Client original;
    private final ClientService clients;
    private final TaskExecutor background;
    private final Consumer<Client> onSaved;
    private final Clock clock;

    private final RadioButton person = new RadioButton("Person");
    private final RadioButton company = new RadioButton("Company");
    private final TextField firstName = field("first-name");
    private final TextField lastName = field("last-name");
    private final TextField displayName = field("display-name");
    private final TextField companyName = field("company-name");
    private final TextField addressAs = field("address-as");
    private final ContactRows phones = new ContactRows("phone", PHONE_LABELS, "Add a phone");
    private final ContactRows emails = new ContactRows("email", EMAIL_LABELS, "Add an email");
    private final TextField street = field("street");
    private final TextField postalCode = field("postal-code");
    private final TextField city = field("city");
    private final TextField region = field("region");
    private final TextField country = field("country");
    private final DatePicker birthday = new DatePicker();
    private final TextField source = field("source");
    private final ComboBox<Channel> preferredChannel = new ComboBox<>();
    private final TextField tags = field("tags");
    private final ContactRows customFields = new ContactRows("custom-field", List.of(), "Add a field");
    private final CheckBox noMailings = new CheckBox("No mailings: they said no to mail and text mailings");
    private final Label summary = new Label();
    private final Map<String, Label> problemLabels = new HashMap<>();
    /** Each field's row (control and message), to tell which field the keyboard left. */
    private final Map<Node, String> fieldRows = new HashMap<>();
    /** The fields the user has left: their problems show as you go, everything else's once Save is pressed. */
    private final java.util.Set<String> left = new java.util.HashSet<>();
    private boolean triedToSave;
    private final Button save;

    private ClientEditor(Window owner, Client original, ClientService clients, TaskExecutor background, Clock clock,
                         List<String> knownTags, Consumer<Client> onSaved) {
        this.original = original;
        this.clock = clock;
        this.clients = clients;
        this.background = background;
        this.onSaved = onSaved;
        initOwner(owner);
        // Not modal, so that the keys typed right after Ctrl+N or Ctrl+E reach it (see TypeAhead).
        initModality(javafx.stage.Modality.NONE);
        setTitle(original == null || original.id() == null ? "New client" : "Edit " + original.displayName());
        setHeaderText(null);
        setResizable(true);

        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("save-client");
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            trySave();
        });
        getDialogPane().getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::trySave);
        setResultConverter(button -> null);

        ToggleGroup kind = new ToggleGroup();
        person.setToggleGroup(kind);
        company.setToggleGroup(kind);
        person.setSelected(true);
        preferredChannel.getItems().add(null);
        preferredChannel.getItems().addAll(Channel.values());
        preferredChannel.setConverter(new StringConverter<>() {
            @Override
            public String toString(Channel channel) {
                return channel == null ? "No preference" : channel.label();
            }

            @Override
            public Channel fromString(String text) {
                return null;
            }
        });
        birthday.setEditable(true);
        Formatting.typedDays(birthday);
        birthday.setId("birthday");
        birthday.setPromptText("e.g. " + birthday.getConverter().toString(LocalDate.of(1990, 4, 23)));
        tags.setPromptText("comma separated, e.g. vip, colour");
        TextFields.bindAutoCompletion(tags, request -> {
            String typed = request.getUserText();
            int comma = typed.lastIndexOf(',');
            String head = comma < 0 ? "" : typed.substring(0, comma + 1) + " ";
            String last = typed.substring(comma + 1).strip().toLowerCase();
            if (last.isEmpty()) {
                return List.of();
            }
            return knownTags.stream().filter(tag -> tag.toLowerCase().startsWith(last) && !tag.equalsIgnoreCase(last))
                    .limit(8).map(tag -> head + tag).toList();
        });
        firstName.setPromptText("First name");
        lastName.setPromptText("Last name");
        displayName.setPromptText("Filled from the names when left empty");
        addressAs.setPromptText("How they like to be greeted, e.g. Liz");

        summary.getStyleClass().add("danger");
        summary.setId("form-problems");
        summary.setWrapText(true);
        summary.managedProperty().bind(summary.visibleProperty());
        summary.setVisible(false);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.getColumnConstraints().addAll(new ColumnConstraints(130), new ColumnConstraints(200, 420, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        int row = 0;
        row = add(form, row, "Kind", new HBox(12, person, company), "kind");
        row = add(form, row, "First name", firstName, "firstName");
        row = add(form, row, "Last name", lastName, "lastName");
        row = add(form, row, "Company", companyName, "companyName");
        row = add(form, row, "Shown as", displayName, "displayName");
        row = add(form, row, "Call them", addressAs, "addressAs");
        row = add(form, row, "Phones", phones, "phones");
        row = add(form, row, "Emails", emails, "emails");
        row = add(form, row, "Street", street, "street");
        row = add(form, row, "Postal code", postalCode, "postalCode");
        row = add(form, row, "City", city, "city");
        row = add(form, row, "Region", region, "region");
        row = add(form, row, "Country", country, "country");
        row = add(form, row, "Birthday", birthday, "birthday");
        row = add(form, row, "Came through", source, "source");
        row = add(form, row, "Prefers", preferredChannel, "preferredChannel");
        row = add(form, row, "Tags", tags, "tags");
        row = add(form, row, "Mailings", noMailings, "noMailings");
        add(form, row, "Other details", customFields, "customFields");

        VBox content = new VBox(10, summary, form);
        content.setPadding(new Insets(4, 4, 4, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(600);
        getDialogPane().setContent(scroll);
        fill(original);
        noMailings.setId("no-mailings");
        if (original != null && original.id() != null) {
            // The flag is not part of the client record: it is read beside it, and the box waits for it.
            noMailings.setDisable(true);
            background.run(() -> clients.refusesMailings(original.id()), refuses -> {
                noMailings.setSelected(refuses);
                noMailings.setDisable(false);
            }, failure -> noMailings.setText("No mailings: could not be read (" + Messages.of(failure) + "); left as it is"));
        }
        checkAsYouGo();
        setOnShown(event -> firstName.requestFocus());
        DiscardGuard.install(this);
    }

    /**
     * Opens the form; {@code onSaved} hears the stored client after a successful save. A client
     * without an id is a new one with those fields filled in (a calling number, say).
     */
    public static ClientEditor open(Window owner, Client existingOrNull, ClientService clients, TaskExecutor background, Clock clock,
                                    List<String> knownTags, Consumer<Client> onSaved) {
        ClientEditor editor = new ClientEditor(owner, existingOrNull, clients, background, clock, knownTags, onSaved);
        editor.show();
        return editor;
    }

    private void fill(Client client) {
        if (client == null) {
            phones.addRow("mobile", "");
            emails.addRow("personal", "");
            return;
        }
        (client.kind() == ClientKind.COMPANY ? company : person).setSelected(true);
        firstName.setText(client.firstName());
        lastName.setText(client.lastName());
        displayName.setText(client.displayName());
        companyName.setText(client.companyName());
        addressAs.setText(client.addressAs());
        client.phones().forEach(phone -> phones.addRow(phone.label(), phone.value()));
        client.emails().forEach(email -> emails.addRow(email.label(), email.value()));
        street.setText(client.address().street());
        postalCode.setText(client.address().postalCode());
        city.setText(client.address().city());
        region.setText(client.address().region());
        country.setText(client.address().country());
        birthday.setValue(client.birthday());
        source.setText(client.source());
        preferredChannel.setValue(client.preferredChannel());
        tags.setText(String.join(", ", client.tags()));
        client.customFields().forEach(customFields::addRow);
    }

    /**
     * A field's problem shows when the keyboard leaves it, and from then on follows every change,
     * so it goes as soon as the value is right; fields not yet visited stay quiet until Save.
     */
    private void checkAsYouGo() {
        getDialogPane().sceneProperty().addListener((observable, before, scene) -> watchFocus(scene));
        watchFocus(getDialogPane().getScene());
        for (javafx.beans.Observable edited : List.of(firstName.textProperty(), lastName.textProperty(), displayName.textProperty(),
                companyName.textProperty(), addressAs.textProperty(), street.textProperty(), postalCode.textProperty(),
                city.textProperty(), region.textProperty(), country.textProperty(), birthday.getEditor().textProperty(),
                source.textProperty(), tags.textProperty(), person.selectedProperty())) {
            edited.addListener(changed -> recheck());
        }
        for (ContactRows rows : List.of(phones, emails, customFields)) {
            rows.setOnEdited(this::recheck);
        }
    }

    private void watchFocus(javafx.scene.Scene scene) {
        if (scene == null) {
            return;
        }
        scene.focusOwnerProperty().addListener((observable, leaving, entering) -> {
            // Leaving a box one typed in counts, even for the next control of the same row (its remove button).
            String field = leaving instanceof javafx.scene.control.TextInputControl ? fieldOf(leaving) : null;
            if (field != null && left.add(field)) {
                recheck();
            }
        });
    }

    private String fieldOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            String field = fieldRows.get(at);
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    private void recheck() {
        if (!triedToSave && left.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = problems();
        show(triedToSave ? problems : problems.stream().filter(problem -> left.contains(fieldKey(problem.field()))).toList());
    }

    /** Everything wrong with the form as it stands. */
    private List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate birthdayValue = readBirthday(problems);
        Client client = build(birthdayValue);
        if (client == null) {
            problems.add(new FieldProblem("displayName", "Give the client a name: a first or last name, or a company."));
        } else {
            problems.addAll(ClientValidation.problems(client, LocalDate.now(clock)));
        }
        return problems;
    }

    /** The form field a problem is about: "emails[1]" is under Emails, "address.city" under City. */
    private static String fieldKey(String problemField) {
        return problemField.replaceAll("\\[\\d+]$", "").replaceFirst("^address\\.", "");
    }

    private void trySave() {
        if (save.isDisabled()) {
            return;
        }
        triedToSave = true;
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        show(List.of());
        save.setDisable(true);
        saveAndClose(build(readBirthday(new ArrayList<>())));
    }

    private void saveAndClose(Client client) {
        // A box still waiting for the stored flag leaves the flag as it is.
        boolean mailingsKnown = !noMailings.isDisabled();
        boolean refuses = noMailings.isSelected();
        background.run(() -> mailingsKnown ? clients.save(client, refuses) : clients.save(client), saved -> {
            onSaved.accept(saved);
            setResult(saved);
            close();
        }, failure -> {
            save.setDisable(false);
            if (failure instanceof ClientConflictException conflict) {
                // Another desk saved first: the person chooses per field, and the merged profile is saved (and checked) again.
                ConflictDialog.choose(getDialogPane().getScene().getWindow(), conflict, original).ifPresentOrElse(merged -> {
                    save.setDisable(true);
                    saveAndClose(merged);
                }, () -> show(List.of(new FieldProblem("", "Not saved: " + conflict.changedBy() + " changed this client "
                        + conflict.when() + ". Save again to choose what to keep, or Cancel to keep theirs."))));
            } else if (failure instanceof ValidationException invalid) {
                show(invalid.problems());
            } else {
                show(List.of(new FieldProblem("", "Could not save: " + Messages.of(failure))));
            }
        });
    }

    private LocalDate readBirthday(List<FieldProblem> problems) {
        String typed = birthday.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return birthday.getConverter().fromString(typed.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("birthday", "The birthday \u201c" + typed.strip() + "\u201d is not a date; write it like "
                    + birthday.getConverter().toString(LocalDate.of(1990, 4, 23)) + "."));
            return null;
        }
    }

    /** The client the form describes, or null when it has no name at all. */
    private Client build(LocalDate birthdayValue) {
        ClientKind kind = company.isSelected() ? ClientKind.COMPANY : ClientKind.PERSON;
        String first = text(firstName);
        String last = text(lastName);
        String companyText = text(companyName);
        String shown = text(displayName);
        if (shown == null) {
            String personName = Stream.of(first, last).filter(part -> part != null).collect(Collectors.joining(" "));
            shown = kind == ClientKind.COMPANY && companyText != null ? companyText
                    : !personName.isEmpty() ? personName : companyText;
        }
        if (shown == null) {
            return null;
        }
        List<String> tagList = Arrays.stream(tags.getText() == null ? new String[0] : tags.getText().split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        Map<String, String> custom = new LinkedHashMap<>();
        customFields.rows().forEach(field -> custom.put(field.label(), field.value()));
        UUID id = original == null ? null : original.id();
        return new Client(id == null ? app.rapport.domain.Ids.next() : id, kind, first, last, shown, companyText, text(addressAs),
                phones.rows(), emails.rows(), new Address(text(street), text(postalCode), text(city), text(region), text(country)),
                birthdayValue, text(source), preferredChannel.getValue(), tagList, custom,
                original == null || original.id() == null ? clock.instant() : original.createdAt(),
                original == null || original.id() == null ? clock.instant() : original.updatedAt(),
                original == null ? null : original.lastTouchpointAt(), original == null ? 0 : original.version());
    }

    private void show(List<FieldProblem> problems) {
        problemLabels.values().forEach(label -> {
            label.setText("");
            label.setVisible(false);
        });
        for (FieldProblem problem : problems) {
            Label label = problemLabels.get(fieldKey(problem.field()));
            if (label != null) {
                label.setText(label.getText().isEmpty() ? problem.message() : label.getText() + "\n" + problem.message());
                label.setVisible(true);
            }
        }
        // The count of what is left to fix is for a save that was refused, not for typing.
        summary.setVisible(triedToSave && !problems.isEmpty());
        summary.setText(problems.size() == 1 ? "Please fix this before saving: " + problems.get(0).message()
                : "Please fix " + problems.size() + " things before saving.");
    }

    private int add(GridPane form, int row, String caption, Node control, String field) {
        Label label = new Label(caption);
        Label problem = FieldMessage.create("problem-" + field);
        problemLabels.put(field, problem);
        VBox fieldRow = new VBox(2, control, problem);
        fieldRows.put(fieldRow, field);
        form.add(label, 0, row);
        form.add(fieldRow, 1, row);
        return row + 1;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static String text(TextField field) {
        String text = field.getText();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Rows of (label, value) with a remove button each, and an add button below. */
    private static final class ContactRows extends VBox {
        private final String idPrefix;
        private final List<String> labels;
        private final VBox rows = new VBox(4);
        private Runnable onEdited = () -> { };

        ContactRows(String idPrefix, List<String> labels, String addText) {
            super(4);
            this.idPrefix = idPrefix;
            this.labels = labels;
            Button add = new Button(addText, new FontIcon(Material2AL.ADD));
            add.getStyleClass().add("flat");
            add.setId("add-" + idPrefix);
            add.setOnAction(event -> {
                addRow(labels.isEmpty() ? "" : labels.get(0), "");
                HBox last = (HBox) rows.getChildren().get(rows.getChildren().size() - 1);
                last.getChildren().get(labels.isEmpty() ? 0 : 1).requestFocus();
            });
            getChildren().addAll(rows, add);
        }

        /** Called on every change to a row's text, and when a row is removed. */
        void setOnEdited(Runnable onEdited) {
            this.onEdited = onEdited;
        }

        void addRow(String label, String value) {
            int index = rows.getChildren().size();
            Node labelControl;
            if (labels.isEmpty()) {
                TextField name = new TextField(label);
                name.setPromptText("What, e.g. Hair type");
                name.setPrefWidth(150);
                labelControl = name;
            } else {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().setAll(labels);
                choice.setEditable(true);
                choice.setValue(label);
                choice.setPrefWidth(120);
                labelControl = choice;
            }
            TextField valueField = new TextField(value);
            valueField.setId(idPrefix + "-" + index);
            valueField.textProperty().addListener(changed -> onEdited.run());
            HBox.setHgrow(valueField, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Material2AL.CLEAR));
            remove.getStyleClass().addAll("flat", "button-icon");
            HBox row = new HBox(6, labelControl, valueField, remove);
            remove.setOnAction(event -> {
                rows.getChildren().remove(row);
                onEdited.run();
            });
            rows.getChildren().add(row);
        }

        /** The filled-in rows; empty values are skipped. */
        List<ContactPoint> rows() {
            List<ContactPoint> result = new ArrayList<>();
            for (Node node : rows.getChildren()) {
                HBox row = (HBox) node;
                String value = ((TextField) row.getChildren().get(1)).getText();
                if (value == null || value.isBlank()) {
                    continue;
                }
                Node labelControl = row.getChildren().get(0);
                String label = labelControl instanceof ComboBox<?> combo
                        ? (combo.getEditor().getText() == null ? String.valueOf(combo.getValue()) : combo.getEditor().getText())
                        : ((TextField) labelControl).getText();
                result.add(new ContactPoint(label == null || label.isBlank() ? (labels.isEmpty() ? "note" : "other") : label.strip(), value.strip()));
            }
            return result;
        }
    }
}
