package app.rapport.ui.timeline;

import app.rapport.domain.Mood;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.ConversationType;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One entry of the timeline: an icon for its channel or kind, the title with the client's mood and
 * the kind of conversation it was, when it happened, and the detail, wrapped. The nodes are made once per cell and reused as the
 * list scrolls.
 */
final class TimelineCell extends ListCell<TimelineEntry> {
    private static final String[] KIND_CLASSES = kindClasses();

    private final Clock clock;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;
    private final FontIcon icon = new FontIcon();
    private final StackPane badge = new StackPane(icon);
    private final Label title = new Label();
    private final Region moodDot = new Region();
    private final Label mood = new Label();
    private final Label conversation = new Label();
    private final Label when = new Label();
    private final Label detail = new Label();
    private final Label byline = new Label();
    private final VBox body;
    private final HBox layout;

    TimelineCell(Clock clock, Locale locale) {
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        getStyleClass().add("timeline-cell");

        badge.getStyleClass().add("timeline-badge");
        badge.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        icon.getStyleClass().add("timeline-icon");

        title.getStyleClass().add("timeline-title");
        title.setMinWidth(0);
        moodDot.getStyleClass().add("mood-dot");
        mood.getStyleClass().add("mood-chip");
        mood.setGraphic(moodDot);
        mood.setMinWidth(Region.USE_PREF_SIZE);
        conversation.getStyleClass().add("conversation-chip");
        conversation.setMinWidth(Region.USE_PREF_SIZE);
        when.getStyleClass().add("timeline-when");
        when.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, mood, conversation, spacer, when);
        header.setAlignment(Pos.CENTER_LEFT);

        detail.getStyleClass().add("timeline-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);

        byline.getStyleClass().addAll("timeline-when", "timeline-byline");

        body = new VBox(3, header, detail, byline);
        body.setMinWidth(0);
        HBox.setHgrow(body, Priority.ALWAYS);
        layout = new HBox(12, badge, body);
        layout.setAlignment(Pos.TOP_LEFT);
        layout.getStyleClass().add("timeline-row");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // The list decides the width; long text wraps instead of widening the cell.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TimelineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        icon.setIconCode(TimelineIcons.of(entry.kind(), entry.channel()));
        badge.getStyleClass().removeAll(KIND_CLASSES);
        badge.getStyleClass().add(kindClass(entry.kind()));
        title.setText(entry.title());
        showMood(entry.mood());
        showConversation(entry.conversationType());
        when.setText(describe(entry));
        boolean hasDetail = entry.detail() != null && !entry.detail().isBlank();
        detail.setText(hasDetail ? entry.detail() : null);
        detail.setVisible(hasDetail);
        detail.setManaged(hasDetail);
        String by = entry.byline();
        byline.setText(by.isEmpty() ? null : by);
        byline.setVisible(!by.isEmpty());
        byline.setManaged(!by.isEmpty());
        setGraphic(layout);
        setAccessibleText(entry.title() + (entry.mood() == null ? "" : ", " + entry.mood().label())
                + (entry.conversationType() == null ? "" : ", " + conversation.getText() + " conversation") + ", " + when.getText()
                + (hasDetail ? ". " + entry.detail() : "") + (by.isEmpty() ? "" : ". " + by));
    }

    private void showMood(Mood value) {
        mood.getStyleClass().removeIf(style -> style.startsWith("mood-") && !style.equals("mood-chip"));
        if (value == null) {
            mood.setVisible(false);
            mood.setManaged(false);
            return;
        }
        mood.setText(value.label());
        mood.getStyleClass().add(TimelineIcons.styleClass(value));
        mood.setVisible(true);
        mood.setManaged(true);
    }

    private void showConversation(ConversationType type) {
        boolean shown = type != null;
        conversation.setText(shown ? conversationLabel(type) : null);
        conversation.setVisible(shown);
        conversation.setManaged(shown);
    }

    /**
     * The kind of conversation as the log dialog and the brief name it ("Decision making
     * conversation"), without the last word: the chip sits in a touchpoint's header.
     */
    static String conversationLabel(ConversationType type) {
        String words = type.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String describe(TimelineEntry entry) {
        if (entry.at() == null) {
            return "";
        }
        LocalDate today = LocalDate.now(clock);
        if (hasDayOnly(entry.kind())) {
            // Purchases and opportunities have a day, not a time; the service places them at noon, local time.
            LocalDate day = entry.at().atZone(clock.getZone()).toLocalDate();
            return day.equals(today) ? "Today" : day.equals(today.minusDays(1)) ? "Yesterday" : date.format(day);
        }
        ZonedDateTime at = entry.at().atZone(clock.getZone());
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return "Today, " + time.format(at);
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday, " + time.format(at);
        }
        return dateTime.format(at);
    }

    private static boolean hasDayOnly(TimelineKind kind) {
        return kind == TimelineKind.PURCHASE || kind == TimelineKind.OPPORTUNITY;
    }

    static String kindClass(TimelineKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT);
    }

    private static String[] kindClasses() {
        TimelineKind[] kinds = TimelineKind.values();
        String[] classes = new String[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            classes[i] = kindClass(kinds[i]);
        }
        return classes;
    }
}
