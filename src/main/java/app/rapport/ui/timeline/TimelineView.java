package app.rapport.ui.timeline;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.Channel;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.service.TouchpointService;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.task.TaskExecutor;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything that happened with one client, newest first: touchpoints, purchases, notes and
 * opportunities, with filters by kind and by channel. It opens with the newest page of entries;
 * "Show older entries" under the list adds the next. The list is virtualized, so thousands of
 * entries scroll as smoothly as three.
 */
public final class TimelineView extends VBox {
    private final TimelineViewModel model;
    private final ListView<TimelineEntry> list = new ListView<>();

    /** A timeline with its own view model over {@code touchpoints}. */
    public TimelineView(TouchpointService touchpoints, TaskExecutor background, Clock clock) {
        this(new TimelineViewModel(touchpoints, background), clock);
    }

    public TimelineView(TimelineViewModel model, Clock clock) {
        this(model, clock, Formatting.current().locale());
    }

    /** Times are shown in the clock's zone, formatted for {@code locale}. */
    public TimelineView(TimelineViewModel model, Clock clock, Locale locale) {
        super(10);
        this.model = model;
        getStyleClass().add("timeline-view");
        getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource("/app/rapport/ui/timeline.css")).toExternalForm());

        Label title = new Label("Timeline");
        title.getStyleClass().add(Styles.TITLE_4);
        Label count = new Label();
        count.setId("timeline-count");
        count.getStyleClass().add("timeline-count");
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int size = model.entries().size();
            if (model.clientProperty().get() == null || size == 0) {
                return "";
            }
            if (model.hasOlderProperty().get()) {
                return "Newest " + numbers.format(size) + " entries";
            }
            return size == 1 ? "1 entry" : numbers.format(size) + " entries";
        }, model.entries(), model.clientProperty(), model.hasOlderProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, count);
        header.setAlignment(Pos.BASELINE_LEFT);

        list.setId("timeline-list");
        list.getStyleClass().add("timeline-list");
        list.setItems(model.entries());
        list.setCellFactory(view -> new TimelineCell(clock, locale));
        list.setPlaceholder(placeholder());
        list.setFocusTraversable(true);
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(header, filters(), list, olderButton());
    }

    public TimelineViewModel model() {
        return model;
    }

    /** Shows the timeline of this client (null: none). */
    public void setClient(UUID clientId) {
        model.setClient(clientId);
    }

    /** Loads the timeline again, e.g. after a touchpoint was logged. */
    public void refresh() {
        model.refresh();
    }

    private Node filters() {
        HBox kinds = new HBox();
        kinds.getStyleClass().add("timeline-filter-group");
        TimelineKind[] allKinds = TimelineKind.values();
        for (int i = 0; i < allKinds.length; i++) {
            TimelineKind kind = allKinds[i];
            ToggleButton toggle = toggle(kind.label(), TimelineIcons.of(kind), model.kindShownProperty(kind), i, allKinds.length);
            toggle.setId("timeline-kind-" + kind.name().toLowerCase(Locale.ROOT));
            toggle.setTooltip(new Tooltip("Show " + kind.label().toLowerCase(Locale.ROOT)));
            kinds.getChildren().add(toggle);
        }
        HBox channels = new HBox();
        channels.getStyleClass().add("timeline-filter-group");
        Channel[] allChannels = Channel.values();
        for (int i = 0; i < allChannels.length; i++) {
            Channel channel = allChannels[i];
            ToggleButton toggle = toggle(channel.label(), TimelineIcons.of(channel), model.channelShownProperty(channel), i, allChannels.length);
            toggle.setId("timeline-channel-" + channel.name().toLowerCase(Locale.ROOT));
            toggle.setTooltip(new Tooltip("Show touchpoints by " + channel.label().toLowerCase(Locale.ROOT)));
            channels.getChildren().add(toggle);
        }
        // Channels only narrow touchpoints: with touchpoints hidden they have nothing to do.
        channels.disableProperty().bind(model.kindShownProperty(TimelineKind.TOUCHPOINT).not());
        FlowPane bar = new FlowPane(12, 8, kinds, channels);
        bar.getStyleClass().add("timeline-filters");
        return bar;
    }

    private static ToggleButton toggle(String text, Ikon icon, BooleanProperty shown, int index, int count) {
        ToggleButton toggle = new ToggleButton(text, new FontIcon(icon));
        toggle.getStyleClass().addAll(Styles.SMALL, "timeline-filter");
        if (count > 1) {
            toggle.getStyleClass().add(index == 0 ? Styles.LEFT_PILL : index == count - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        }
        toggle.selectedProperty().bindBidirectional(shown);
        return toggle;
    }

    private Node olderButton() {
        Button older = new Button();
        older.setId("timeline-show-older");
        older.getStyleClass().add(Styles.SMALL);
        older.textProperty().bind(Bindings.when(model.loadingOlderProperty())
                .then("Loading older entries\u2026").otherwise("Show older entries"));
        older.setGraphic(new FontIcon(Material2AL.EXPAND_MORE));
        older.setTooltip(new Tooltip("Add the next " + model.pageSize() + " entries below these"));
        older.setOnAction(event -> {
            int shown = model.entries().size();
            model.showOlder(() -> revealOlderFrom(shown));
        });
        older.visibleProperty().bind(model.hasOlderProperty());
        older.managedProperty().bind(older.visibleProperty());
        older.setMaxWidth(Double.MAX_VALUE);
        return older;
    }

    /**
     * After older entries were added: the last entry seen before stays in sight at the top, and
     * the first older one is selected with the focus in the list, so the arrow keys carry on.
     */
    private void revealOlderFrom(int firstOlder) {
        if (firstOlder >= list.getItems().size()) {
            return;
        }
        list.scrollTo(Math.max(0, firstOlder - 1));
        list.getSelectionModel().select(firstOlder);
        list.getFocusModel().focus(firstOlder);
        list.requestFocus();
    }

    private Node placeholder() {
        FontIcon icon = new FontIcon(Material2MZ.TIMELINE);
        icon.getStyleClass().add("timeline-empty-icon");
        Label message = new Label();
        message.setId("timeline-empty");
        message.getStyleClass().add("timeline-empty");
        message.setWrapText(true);
        message.textProperty().bind(model.emptyMessageProperty());
        Button showAll = new Button("Show everything");
        showAll.setId("timeline-show-all");
        showAll.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        showAll.setOnAction(event -> model.showEverything());
        showAll.visibleProperty().bind(model.filteredProperty().and(model.loadingProperty().not()));
        showAll.managedProperty().bind(showAll.visibleProperty());
        icon.visibleProperty().bind(model.loadingProperty().not());
        VBox box = new VBox(10, icon, message, showAll);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(360);
        return box;
    }

    /** Reads the timeline again when a committed change is about what it lists of the client shown. */
    public void followChanges(ChangeFollower changes) {
        changes.follow(ChangeFollower.about(model.clientProperty()::get, "touchpoint", "note", "purchase", "opportunity", "follow_up"),
                this::refresh);
    }
}
