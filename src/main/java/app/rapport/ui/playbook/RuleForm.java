package app.rapport.ui.playbook;

import app.rapport.domain.ConversationType;
import app.rapport.domain.brief.LineIntent;
import app.rapport.domain.brief.OfferPolicy;
import app.rapport.domain.brief.PlaybookVocabulary;
import app.rapport.domain.brief.PlaybookVocabulary.ConditionKind;
import app.rapport.service.PlaybookService;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A rule's "when" and "then" as a form, for an owner rather than a developer: conditions picked
 * from lists, each with the control its kind of value needs, and the suggestions as fields, with
 * the client's facts ({lastPurchase}, …) offered as soon as "{" is typed. The form and the JSON
 * tab edit the same two texts: every change here writes the JSON, and a JSON text that reads
 * replaces the form. What the form has no control for (a line's own options, the competitor
 * templates) is kept as it is and named, for the JSON tab.
 */
final class RuleForm {
    private static final String LEAVE_OPEN = "";
    private static final List<String> TEXT_SUGGESTIONS = List.of("tone", "goal", "opener", "nextStep");
    private static final Map<String, String> CONDITION_LABELS = conditionLabels();
    private static final Map<String, String> SUGGESTION_LABELS = Map.of("type", "Conversation", "tone", "Tone", "goal", "Goal",
            "opener", "Opener", "offerPolicy", "Offers", "nextStep", "Next step");

    private final PlaybookVocabulary vocabulary;
    private final StringProperty conditionsJson;
    private final StringProperty suggestionJson;
    private final VBox conditionRows = new VBox(6);
    private final ComboBox<String> addCondition = new ComboBox<>();
    private final Label conditionsNotice = notice("rule-form-conditions-notice");
    private final GridPane suggestionFields = new GridPane();
    private final VBox talkingPointRows = new VBox(6);
    private final VBox avoidRows = new VBox(6);
    private final Label suggestionNotice = notice("rule-form-suggestion-notice");
    private final VBox content;

    private final List<Condition> conditions = new ArrayList<>();
    private final List<Line> talkingPoints = new ArrayList<>();
    private final List<Line> avoidLines = new ArrayList<>();
    private final Map<String, Supplier<String>> singles = new LinkedHashMap<>();
    /** The suggestion as last read, for the parts the form has no control for. */
    private Map<String, Object> suggestionRead = Map.of();
    /** True while the form writes the JSON, so that the write does not rebuild the form under the user's hands. */
    private boolean writing;
    /** True while the form is being filled from the JSON, so that filling it writes nothing back. */
    private boolean filling;

    RuleForm(PlaybookVocabulary vocabulary, StringProperty conditionsJson, StringProperty suggestionJson) {
        this.vocabulary = vocabulary;
        this.conditionsJson = conditionsJson;
        this.suggestionJson = suggestionJson;
        addCondition.setId("rule-form-add-condition");
        addCondition.setPromptText("Add a condition\u2026");
        addCondition.setConverter(labels(CONDITION_LABELS));
        addCondition.setOnAction(event -> {
            String name = addCondition.getValue();
            if (name != null && !filling) {
                addConditionRow(name, defaultValue(name), true);
                writeConditions();
                javafx.application.Platform.runLater(() -> addCondition.getSelectionModel().clearSelection());
            }
        });
        Button addTalkingPoint = new Button("Add a talking point");
        addTalkingPoint.setId("rule-form-add-talking-point");
        addTalkingPoint.setOnAction(event -> {
            addLine(talkingPoints, talkingPointRows, "rule-form-talking-point", "", true).text.requestFocus();
            writeSuggestion();
        });
        Button addAvoid = new Button("Add a line to avoid");
        addAvoid.setId("rule-form-add-avoid");
        addAvoid.setOnAction(event -> {
            addLine(avoidLines, avoidRows, "rule-form-avoid", "", false).text.requestFocus();
            writeSuggestion();
        });
        suggestionFields.setHgap(8);
        suggestionFields.setVgap(6);
        int row = 0;
        row = addChoice(row, "type", "rule-form-type", Arrays.stream(ConversationType.values()).map(ConversationType::code).toList());
        row = addChoice(row, "offerPolicy", "rule-form-offer-policy", Arrays.stream(OfferPolicy.values()).map(OfferPolicy::code).toList());
        for (String name : TEXT_SUGGESTIONS) {
            row = addText(row, name);
        }
        content = new VBox(8,
                heading("When"), hint("The rule applies when every condition holds. Nothing picked: it applies to every client."),
                conditionRows, addCondition, conditionsNotice,
                heading("Then"), suggestionFields,
                caption("Talking points"), talkingPointRows, addTalkingPoint,
                caption("Avoid"), avoidRows, addAvoid, suggestionNotice);
        content.setPadding(new Insets(4, 8, 8, 0));
        conditionsJson.addListener((observable, before, now) -> {
            if (!writing) {
                showConditions(now);
            }
        });
        suggestionJson.addListener((observable, before, now) -> {
            if (!writing) {
                showSuggestion(now);
            }
        });
        showConditions(conditionsJson.get());
        showSuggestion(suggestionJson.get());
    }

    Node content() {
        return content;
    }

    // ---- conditions ------------------------------------------------------------------------------

    private void showConditions(String json) {
        Map<String, Object> read;
        try {
            read = PlaybookService.readRulePart(json);
        } catch (IllegalArgumentException notJson) {
            setNotice(conditionsNotice, "The conditions in the JSON tab are not valid JSON: fix them there, or the form cannot show them.");
            conditionRows.setDisable(true);
            addCondition.setDisable(true);
            return;
        }
        filling = true;
        try {
            conditions.clear();
            conditionRows.getChildren().clear();
            read.forEach((name, value) -> addConditionRow(name, value, false));
            conditionRows.setDisable(false);
            addCondition.setDisable(false);
            setNotice(conditionsNotice, null);
            offerUnusedConditions();
        } finally {
            filling = false;
        }
    }

    private void addConditionRow(String name, Object value, boolean focus) {
        ConditionKind kind = vocabulary.conditions().get(name);
        Label label = new Label(CONDITION_LABELS.getOrDefault(name, words(name)));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setTooltip(new Tooltip(name));
        Node editor;
        Supplier<Object> reader;
        if (kind == null) {
            // A condition this Rapport does not know (a newer playbook): kept as it is.
            Label kept = new Label(PlaybookService.writeRulePart(Map.of(name, value)).replaceAll("\\s+", " "));
            editor = kept;
            reader = () -> value;
        } else {
            switch (kind) {
                case CHOICE -> {
                    CheckComboBox<String> choices = new CheckComboBox<>(FXCollections.observableArrayList(vocabulary.choices().get(name)));
                    for (Object picked : values(value)) {
                        choices.getCheckModel().check(String.valueOf(picked).toLowerCase(Locale.ROOT));
                    }
                    choices.setTitle(null);
                    choices.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> writeConditions());
                    editor = choices;
                    reader = () -> oneOrList(choices.getCheckModel().getCheckedItems());
                }
                case TEXT -> {
                    TextField text = new TextField(String.join(", ", values(value).stream().map(String::valueOf).toList()));
                    text.setPromptText("one or more, separated by commas");
                    text.textProperty().addListener((observable, before, now) -> writeConditions());
                    editor = text;
                    reader = () -> oneOrList(Arrays.stream(text.getText().split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList());
                }
                case RANGE -> {
                    Map<?, ?> range = value instanceof Map<?, ?> map ? map : Map.of();
                    TextField min = number(range.get("min"), "from");
                    TextField max = number(range.get("max"), "to");
                    min.textProperty().addListener((observable, before, now) -> writeConditions());
                    max.textProperty().addListener((observable, before, now) -> writeConditions());
                    HBox both = new HBox(6, new Label("from"), min, new Label("to"), max);
                    both.setAlignment(Pos.BASELINE_LEFT);
                    editor = both;
                    reader = () -> {
                        Map<String, Object> written = new LinkedHashMap<>();
                        whole(min.getText()).ifPresent(low -> written.put("min", low));
                        whole(max.getText()).ifPresent(high -> written.put("max", high));
                        return written;
                    };
                }
                case NUMBER -> {
                    TextField days = number(value, "days");
                    days.textProperty().addListener((observable, before, now) -> writeConditions());
                    editor = days;
                    reader = () -> whole(days.getText()).<Object>map(number -> number).orElse(days.getText().strip());
                }
                default -> {
                    ChoiceBox<Boolean> flag = new ChoiceBox<>(FXCollections.observableArrayList(true, false));
                    flag.setConverter(new StringConverter<>() {
                        @Override
                        public String toString(Boolean on) {
                            return on == null ? "" : on ? "yes" : "no";
                        }

                        @Override
                        public Boolean fromString(String text) {
                            return "yes".equals(text);
                        }
                    });
                    flag.setValue(!Boolean.FALSE.equals(value));
                    flag.valueProperty().addListener((observable, before, now) -> writeConditions());
                    editor = flag;
                    reader = flag::getValue;
                }
            }
        }
        Button remove = removeButton("Remove this condition");
        HBox row = new HBox(8, label, editor, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("rule-form-condition");
        row.setId("rule-form-condition-" + name);
        Condition condition = new Condition(name, reader);
        remove.setOnAction(event -> {
            conditions.remove(condition);
            conditionRows.getChildren().remove(row);
            writeConditions();
            offerUnusedConditions();
        });
        conditions.add(condition);
        conditionRows.getChildren().add(row);
        offerUnusedConditions();
        if (focus) {
            editor.requestFocus();
        }
    }

    private void offerUnusedConditions() {
        List<String> unused = vocabulary.conditions().keySet().stream()
                .filter(name -> conditions.stream().noneMatch(condition -> condition.name.equals(name)))
                .sorted(Comparator.comparing(name -> CONDITION_LABELS.getOrDefault(name, words(name))))
                .toList();
        addCondition.getItems().setAll(unused);
    }

    private void writeConditions() {
        if (filling) {
            return;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        conditions.forEach(condition -> written.put(condition.name, condition.value.get()));
        write(conditionsJson, written);
    }

    private Object defaultValue(String name) {
        ConditionKind kind = vocabulary.conditions().get(name);
        return switch (kind == null ? ConditionKind.FLAG : kind) {
            case CHOICE -> List.of();
            case TEXT -> "";
            case RANGE -> Map.of("min", 0);
            case NUMBER -> 30;
            case FLAG -> true;
        };
    }

    // ---- suggestion ------------------------------------------------------------------------------

    private void showSuggestion(String json) {
        Map<String, Object> read;
        try {
            read = PlaybookService.readRulePart(json);
        } catch (IllegalArgumentException notJson) {
            setNotice(suggestionNotice, "What the rule suggests is not valid JSON in the JSON tab: fix it there, or the form cannot show it.");
            suggestionFields.setDisable(true);
            talkingPointRows.setDisable(true);
            avoidRows.setDisable(true);
            return;
        }
        filling = true;
        try {
            suggestionRead = read;
            for (javafx.scene.Node field : suggestionFields.getChildren()) {
                if (field instanceof TextField text && text.getUserData() instanceof String name) {
                    text.setText(read.get(name) instanceof String value ? value : "");
                } else if (field instanceof ChoiceBox<?> choice && choice.getUserData() instanceof String name) {
                    @SuppressWarnings("unchecked")
                    ChoiceBox<String> strings = (ChoiceBox<String>) choice;
                    strings.setValue(read.get(name) instanceof String value ? value : LEAVE_OPEN);
                }
            }
            fillLines(talkingPoints, talkingPointRows, "rule-form-talking-point", read.get("talkingPoints"), true);
            fillLines(avoidLines, avoidRows, "rule-form-avoid", read.get("avoid"), false);
            suggestionFields.setDisable(false);
            talkingPointRows.setDisable(false);
            avoidRows.setDisable(false);
            List<String> elsewhere = read.keySet().stream().filter(name -> !SUGGESTION_LABELS.containsKey(name)
                    && !name.equals("talkingPoints") && !name.equals("avoid")).toList();
            setNotice(suggestionNotice, elsewhere.isEmpty() ? null
                    : "This rule also has " + String.join(", ", elsewhere) + ": kept as it is; the JSON tab edits it.");
        } finally {
            filling = false;
        }
    }

    private int addChoice(int row, String name, String id, List<String> codes) {
        List<String> items = new ArrayList<>();
        items.add(LEAVE_OPEN);
        items.addAll(codes);
        ChoiceBox<String> choice = new ChoiceBox<>(FXCollections.observableArrayList(items));
        choice.setId(id);
        choice.setUserData(name);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? "(leave it to other rules)" : code;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        choice.setValue(LEAVE_OPEN);
        choice.valueProperty().addListener((observable, before, now) -> writeSuggestion());
        singles.put(name, () -> choice.getValue() == null ? LEAVE_OPEN : choice.getValue());
        suggestionFields.add(caption(SUGGESTION_LABELS.get(name)), 0, row);
        suggestionFields.add(choice, 1, row);
        return row + 1;
    }

    private int addText(int row, String name) {
        TextField text = placeholderField("rule-form-" + name);
        text.setUserData(name);
        text.setPromptText("leave empty for other rules to say");
        text.textProperty().addListener((observable, before, now) -> writeSuggestion());
        singles.put(name, () -> text.getText() == null ? LEAVE_OPEN : text.getText().strip());
        GridPane.setHgrow(text, Priority.ALWAYS);
        suggestionFields.add(caption(SUGGESTION_LABELS.get(name)), 0, row);
        suggestionFields.add(text, 1, row);
        return row + 1;
    }

    private void fillLines(List<Line> lines, VBox rows, String id, Object value, boolean talkingPoint) {
        lines.clear();
        rows.getChildren().clear();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Line line = addLine(lines, rows, id, item instanceof Map<?, ?> map ? String.valueOf(map.get("text")) : String.valueOf(item), talkingPoint);
                if (item instanceof Map<?, ?> map) {
                    line.kept.putAll(stringKeys(map));
                    if (line.intent != null) {
                        line.intent.setValue(map.get("intent") instanceof String intent ? intent : LEAVE_OPEN);
                    }
                    if (line.general != null) {
                        line.general.setSelected(Boolean.TRUE.equals(map.get("general")));
                    }
                }
            }
        }
    }

    private Line addLine(List<Line> lines, VBox rows, String id, String text, boolean talkingPoint) {
        TextField field = placeholderField(id);
        field.setText(text);
        field.textProperty().addListener((observable, before, now) -> writeSuggestion());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field);
        row.setAlignment(Pos.CENTER_LEFT);
        Line line = new Line(field, talkingPoint ? intentChoice() : null, talkingPoint ? new CheckBox("general") : null);
        if (line.intent != null) {
            line.intent.valueProperty().addListener((observable, before, now) -> writeSuggestion());
            line.general.setTooltip(new Tooltip("A line that could be said to anyone: kept only where the rule's frame has nothing about this client to say"));
            line.general.selectedProperty().addListener((observable, before, now) -> writeSuggestion());
            line.general.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().addAll(line.intent, line.general);
        }
        Button remove = removeButton("Remove this line");
        remove.setOnAction(event -> {
            lines.remove(line);
            rows.getChildren().remove(row);
            writeSuggestion();
        });
        row.getChildren().add(remove);
        lines.add(line);
        rows.getChildren().add(row);
        return line;
    }

    private ChoiceBox<String> intentChoice() {
        List<String> items = new ArrayList<>();
        items.add(LEAVE_OPEN);
        Arrays.stream(LineIntent.values()).map(LineIntent::code).forEach(items::add);
        ChoiceBox<String> intent = new ChoiceBox<>(FXCollections.observableArrayList(items));
        intent.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? "(by its words)" : code;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        intent.setValue(LEAVE_OPEN);
        intent.setTooltip(new Tooltip("What the line does in the call: selling and asking for a review are left out of calls that must not sell"));
        return intent;
    }

    private void writeSuggestion() {
        if (filling) {
            return;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        // Parts the form has no control for stay where they were.
        suggestionRead.forEach((name, value) -> {
            if (!SUGGESTION_LABELS.containsKey(name) && !name.equals("talkingPoints") && !name.equals("avoid")) {
                written.put(name, value);
            }
        });
        singles.forEach((name, value) -> {
            if (!value.get().isEmpty()) {
                written.put(name, value.get());
            }
        });
        List<Object> points = lines(talkingPoints);
        if (!points.isEmpty()) {
            written.put("talkingPoints", points);
        }
        List<Object> avoid = lines(avoidLines);
        if (!avoid.isEmpty()) {
            written.put("avoid", avoid);
        }
        write(suggestionJson, written);
    }

    private static List<Object> lines(List<Line> lines) {
        List<Object> written = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text.getText() == null ? "" : line.text.getText().strip();
            Map<String, Object> options = new LinkedHashMap<>(line.kept);
            options.remove("text");
            if (line.intent != null) {
                options.remove("intent");
                options.remove("general");
                if (!line.intent.getValue().isEmpty()) {
                    options.put("intent", line.intent.getValue());
                }
                if (line.general.isSelected()) {
                    options.put("general", true);
                }
            }
            if (options.isEmpty()) {
                written.add(text);
            } else {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("text", text);
                object.putAll(options);
                written.add(object);
            }
        }
        return written;
    }

    /**
     * A text field that offers the client's facts: typing "{" (and the start of a name) lists the
     * placeholders that begin so, and picking one completes it.
     */
    private TextField placeholderField(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setTooltip(new Tooltip("Type { to put in a fact of the client, such as {greeting} or {lastPurchase}"));
        List<String> names = vocabulary.placeholders().stream().sorted().toList();
        TextFields.bindAutoCompletion(field, request -> completions(request.getUserText(), names));
        return field;
    }

    /**
     * What typing {@code typed} offers: when it ends in an unclosed "{" and the start of a name, the
     * text completed with each placeholder whose name starts so (ignoring case); otherwise nothing.
     */
    static List<String> completions(String typed, List<String> placeholders) {
        int open = typed == null ? -1 : typed.lastIndexOf('{');
        if (open < 0 || typed.indexOf('}', open) >= 0) {
            return List.of();
        }
        String start = typed.substring(open + 1).toLowerCase(Locale.ROOT);
        return placeholders.stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith(start))
                .map(name -> typed.substring(0, open) + "{" + name + "}").toList();
    }

    // ---- shared ----------------------------------------------------------------------------------

    private void write(StringProperty json, Map<String, Object> value) {
        writing = true;
        try {
            json.set(PlaybookService.writeRulePart(value));
        } finally {
            writing = false;
        }
    }

    private static Object oneOrList(List<String> values) {
        return values.size() == 1 ? values.get(0) : List.copyOf(values);
    }

    private static List<?> values(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        return value == null || String.valueOf(value).isBlank() ? List.of() : List.of(value);
    }

    private static java.util.Optional<Long> whole(String text) {
        try {
            return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notWhole) {
            return java.util.Optional.empty();
        }
    }

    private static TextField number(Object value, String prompt) {
        TextField field = new TextField(value instanceof Number number ? String.valueOf(number.longValue()) : "");
        field.setPromptText(prompt);
        field.setPrefColumnCount(4);
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().matches("-?\\d{0,6}") ? change : null));
        return field;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    private static Button removeButton(String tooltip) {
        Button remove = new Button("\u2715");
        remove.getStyleClass().addAll("flat", "small");
        remove.setTooltip(new Tooltip(tooltip));
        remove.setFocusTraversable(true);
        return remove;
    }

    private static void setNotice(Label notice, String text) {
        notice.setText(text == null ? "" : text);
        notice.setVisible(text != null);
    }

    private static Label notice(String id) {
        Label notice = new Label();
        notice.setId(id);
        notice.setWrapText(true);
        notice.getStyleClass().add("text-muted");
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
        return notice;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("title-4");
        return heading;
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return hint;
    }

    private static StringConverter<String> labels(Map<String, String> labels) {
        return new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : labels.getOrDefault(name, words(name));
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    /** A condition's name in words ("An open complaint"), as the form shows it. */
    static String label(String condition) {
        return CONDITION_LABELS.getOrDefault(condition, words(condition));
    }

    /** "daysSinceLastHeard" → "Days since last heard", for a condition without a label of its own. */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Map<String, String> conditionLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("phase", "Phase");
        labels.put("mood", "Their latest mood");
        labels.put("moodTrend", "How their mood is going");
        labels.put("trust", "Trust");
        labels.put("productComplexity", "What they bought is");
        labels.put("productCategory", "Product category");
        labels.put("ask", "What they asked for");
        labels.put("rhythm", "Against their usual rhythm");
        labels.put("daysSincePurchase", "Days since the purchase");
        labels.put("daysSinceLastTouchpoint", "Days since anyone was in touch");
        labels.put("daysSinceLastHeard", "Days since we heard from them");
        labels.put("requestAgeDays", "Days their request has waited");
        labels.put("askAgeDays", "Days since they asked");
        labels.put("offerAgeDays", "Days since our offer");
        labels.put("offerPending", "Thinking over an offer of ours");
        labels.put("offerGoneQuiet", "An offer they were thinking over has gone quiet");
        labels.put("requestOutrun", "An open request, and something newer they are deciding on");
        labels.put("answerOwedLong", "We said we would come back to them, over a month ago, and did not");
        labels.put("reviewed", "Left us a review");
        labels.put("problemTold", "Told us of a problem");
        labels.put("unansweredInARow", "Our messages unanswered in a row");
        labels.put("renewalWithinDays", "A renewal due within (days)");
        labels.put("openComplaint", "An open complaint");
        labels.put("unhappyNow", "Unhappy now");
        labels.put("askedInWords", "Asked for something in passing");
        labels.put("competitorMentioned", "Mentioned a competitor");
        labels.put("competitorConsidered", "Considering a competitor");
        labels.put("ghosted", "Nobody in touch since they bought");
        labels.put("hasPriorTouchpoint", "We have been in touch before");
        labels.put("heardFromThem", "We have heard from them");
        labels.put("prefersWriting", "Prefers writing to calls");
        labels.put("openRequest", "An open request");
        labels.put("followUpOverdue", "A follow-up we are late with");
        labels.put("overdueCall", "The follow-up we are late with is a call to them, and we know what it is about");
        labels.put("refusal", "Turned something down");
        labels.put("fixedOnRecord", "We fixed something for them");
        labels.put("referral", "Sent someone our way");
        labels.put("awaitingDelivery", "Waiting for a delivery");
        labels.put("noteToAct", "A note asks us to act");
        labels.put("olderAsk", "An older question still open");
        labels.put("renewalPassed", "A renewal date has passed");
        labels.put("ourSilence", "We have gone quiet");
        labels.put("theirThanks", "They thanked us lately (a cake for the team, a visit to say thank you), and we have not thanked them back");
        labels.put("quietOursToo", "Lapsed after a word of ours that got no answer, and nothing from us since");
        labels.put("awaitedToBook", "Bought lately, its delivery or set-up left to be booked, and no word with them since");
        labels.put("warrantyEnded", "A warranty has ended");
        labels.put("upsell", "An upgrade would suit them");
        labels.put("atRisk", "Noted as at risk");
        labels.put("repeatPurchase", "Bought the same again");
        labels.put("troubleBehind", "A rough start now behind them");
        labels.put("repeatable", "What they bought is bought again");
        labels.put("doNotContact", "Asked not to be called");
        labels.put("movedAway", "Moved away");
        labels.put("birthday", "Birthday coming up");
        labels.put("itemKind", "What kind of thing they bought");
        labels.put("termEnded", "A licence or plan ran out unrenewed");
        labels.put("termEndedInHand", "Its renewal or a price for it was talked of around its day");
        labels.put("checkInDue", "What they bought wants a first check-in");
        labels.put("longAway", "Back after a year or more away, or their only visit was that long ago");
        labels.put("prospectHistory", "A prospect who has asked about one thing more than once");
        labels.put("silenceLasted", "Our unanswered messages have waited two weeks or more");
        labels.put("thread", "Something they opened that nobody closed");
        labels.put("threadAgeDays", "Days since they opened it");
        labels.put("dayAhead", "A meeting or appointment set for a day just ahead");
        labels.put("putAside", "Something put aside for them lately");
        labels.put("asideLong", "Something put aside or a proposal asked for long ago");
        labels.put("invitationOutrun", "They invited us, and something newer of theirs is live");
        labels.put("ourNoteLast", "The last word is a note of ours of the last few days, answered politely or not at all");
        labels.put("kindReplyToOurNote", "They kindly answered our note asking them to come in, lately");
        labels.put("noticeDeadline", "We told them something they use stops or ends, and nothing since");
        labels.put("treatWaiting", "A birthday treat of ours is waiting for their next visit");
        labels.put("theirPerson", "They come to one person of ours (by name)");
        labels.put("hook", "They told us lately of something in their life to ask after");
        labels.put("quietOutrun", "Something they were thinking over was outrun by a newer thread of their own");
        labels.put("offerOutrun", "Our offer, already asked about again, was outrun by a newer wish of their own");
        labels.put("dateAhead", "A warranty or a plan of theirs ends in one to three months");
        labels.put("dateAheadLeads", "A warranty or a plan of theirs ends in one to three months, and no meeting lately is fresher");
        labels.put("renewedLately", "A long-time client renewed the main thing as it was, in the last three weeks");
        labels.put("agreedWithUs", "They agreed lately to do something with us (a panel, a reference, a case study), with nothing since");
        labels.put("termLapsed", "A plan or licence beside the main thing fell due lately, with no renewal on record");
        labels.put("lapseLeads", "The main licence or plan fell due in the last year, with no renewal on record");
        labels.put("lapseInHand", "Its renewal or a price for it was talked of around its day");
        labels.put("checkedInTwice", "We checked in with them twice or more in the last two weeks");
        labels.put("askedHowLately", "A new client we asked lately how it is going, who told us all is well");
        labels.put("contactTooOften", "They told us this last year that we get in touch too often (too many messages)");
        labels.put("timeAhead", "A time they named (next year, in the spring) is weeks away");
        labels.put("visitMissed", "A visit they said they would make has gone by, with none of theirs on record");
        labels.put("offerLater", "They will decide about our offer at a later time they named (after payday, next month)");
        labels.put("complaintMended", "A complaint still open in the book, but they came back since and it went well");
        labels.put("doubtAfter", "They had a doubt when they bought something, have lived with it a few weeks since, and nothing says it proved itself");
        labels.put("theirsOpen", "They asked us something (a question, a choice, a price, word on something) and nothing since answers it");
        labels.put("theirsOpenLeads", "That ask of theirs is one to six months old and nothing else owns the call");
        labels.put("checkedLately", "We checked lately how what they have is doing, and heard of no trouble");
        labels.put("stepNewest", "That step of ours is the newest thing between us, in the last months");
        labels.put("stepOwed", "A session, training, check or review of ours found needed, offered or booked, with none on record since");
        labels.put("boughtLately", "Bought lately, or something of theirs still runs");
        labels.put("consideredLongAgo", "Weighed up a competitor long ago, glad of us since");
        labels.put("bookKnows", "What they bought, and how long ago, says what to ask");
        labels.put("liveThread", "The newest thread still open: an ask never answered, a quote gone quiet, a next step still to take, something put aside for them");
        labels.put("owedSoon", "Something we owe them is due in the days ahead");
        labels.put("quoteOwed", "A quote they wanted over a month ago, never sent");
        labels.put("warrantyOutrun", "A warranty ends within a month on something older and worth less than what they got lately");
        labels.put("quoteOwedLeads", "A quote they wanted over a month ago, never sent, and nothing gone quiet since");
        labels.put("waitListed", "On our cancellation list, or waiting for a slot, with nothing found for them yet");
        labels.put("openWork", "A contact left work open (tickets for us, a paper to sign), and nothing since closes it");
        return Map.copyOf(labels);
    }

    private record Condition(String name, Supplier<Object> value) {
    }

    /** A talking point or avoid line; {@code kept} holds the options of the line as read. */
    private static final class Line {
        private final TextField text;
        private final ChoiceBox<String> intent;
        private final CheckBox general;
        private final Map<String, Object> kept = new LinkedHashMap<>();

        private Line(TextField text, ChoiceBox<String> intent, CheckBox general) {
            this.text = text;
            this.intent = intent;
            this.general = general;
        }
    }
}
