package app.rapport.ui.clients;

import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Competitor;
import app.rapport.domain.segment.Segment;
import app.rapport.service.ClientService.ClientProfile;
import app.rapport.ui.Pulses;
import app.rapport.ui.control.TypeAhead;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The client list with its search box and filters on the left; on the right the selected client:
 * a header with what can be done, and tabs for the profile and whatever else the window adds.
 */
public final class ClientWorkspace extends SplitPane {
    private final ClientListViewModel model;
    private final TextField search = new atlantafx.base.controls.CustomTextField();
    private final ListView<ClientSummary> list = new ListView<>();
    private final ProfileView profile;
    private final TabPane tabs = new TabPane();
    private final Label clientName = new Label();
    /** Where {@link #followPresence} shows who at another desk is on a call with the client. */
    private final StackPane presenceSlot = new StackPane();

    /**
     * A tab beside the profile, before it or after it; {@code onClient} hears the selected
     * client's id (or null).
     */
    public record ClientTab(String title, Node content, Consumer<UUID> onClient, boolean beforeProfile) {
    }

    /** What the header buttons do; the window owns the actions so menus and shortcuts share them. */
    public record Actions(Runnable prepareCall, Runnable edit, Runnable logTouchpoint, Runnable delete) {
    }

    public ClientWorkspace(ClientListViewModel model, Clock clock, Actions actions, List<ClientTab> extraTabs) {
        this.model = model;
        this.profile = new ProfileView(clock.getZone());
        getStyleClass().add("client-workspace");

        search.setId("client-search");
        search.setPromptText("Search by name, phone, email or tag");
        ((atlantafx.base.controls.CustomTextField) search).setLeft(new FontIcon(Material2MZ.SEARCH));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                // a person who typed a name and pressed Enter expects that client to open
                model.openFirstFound();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        ComboBox<ClientSort> sort = new ComboBox<>();
        sort.setId("client-sort");
        sort.getItems().setAll(ClientSort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        sort.setConverter(labels(ClientSort::label, "Name"));
        sort.setTooltip(new Tooltip("Order of the list"));
        sort.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("client-tag-filter");
        tag.setPromptText("All tags");
        tag.setConverter(labels(value -> "#" + value, "All tags"));
        model.tags().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = tag.getValue();
            tag.getItems().setAll(model.tags());
            tag.getItems().add(0, null);
            tag.setValue(chosen);
        });
        tag.valueProperty().bindBidirectional(model.tagProperty());
        tag.setMaxWidth(Double.MAX_VALUE);
        tag.setMinWidth(90);
        HBox.setHgrow(tag, Priority.ALWAYS);
        ComboBox<Segment> segment = new ComboBox<>();
        segment.setId("client-segment-filter");
        segment.setPromptText("All clients");
        segment.setConverter(labels(Segment::name, "All clients"));
        segment.setTooltip(new Tooltip("Show only the clients of a saved segment (Clients \u2192 Segments\u2026)"));
        model.segmentChoices().addListener((javafx.collections.ListChangeListener<Segment>) change -> {
            Segment chosen = model.segmentProperty().get();
            segment.getItems().setAll(model.segmentChoices());
            segment.getItems().add(0, null);
            segment.setValue(chosen);
        });
        segment.valueProperty().bindBidirectional(model.segmentProperty());
        segment.setMaxWidth(Double.MAX_VALUE);
        segment.setMinWidth(110);
        // Equal shares of a narrow list pane: sized by their longest choice, the segments took it all.
        segment.setPrefWidth(110);
        HBox.setHgrow(segment, Priority.ALWAYS);
        HBox filters = new HBox(8, new FontIcon(Material2MZ.SORT), sort, new FontIcon(Material2AL.FILTER_LIST), tag);
        filters.setAlignment(Pos.CENTER_LEFT);
        ComboBox<Competitor> competitor = new ComboBox<>();
        competitor.setId("client-competitor-filter");
        competitor.setPromptText("Any competitor");
        competitor.setTooltip(new Tooltip("Only clients linked to this competitor"));
        competitor.setConverter(labels(value -> "Linked to " + value.name(), "Any competitor"));
        model.competitors().addListener((javafx.collections.ListChangeListener<Competitor>) change -> {
            Competitor chosen = competitor.getValue();
            competitor.getItems().setAll(model.competitors());
            competitor.getItems().add(0, null);
            competitor.setValue(chosen);
        });
        competitor.valueProperty().bindBidirectional(model.competitorProperty());
        competitor.setMaxWidth(Double.MAX_VALUE);
        competitor.setPrefWidth(110);
        competitor.setMinWidth(110);
        HBox.setHgrow(competitor, Priority.ALWAYS);
        // Shown once some client is linked to a competitor, or while the list is filtered by one.
        competitor.visibleProperty().bind(Bindings.isNotEmpty(model.competitors()).or(model.competitorProperty().isNotNull()));
        competitor.managedProperty().bind(competitor.visibleProperty());
        HBox moreFilters = new HBox(8, new FontIcon(Material2MZ.PEOPLE_OUTLINE), segment, competitor);
        moreFilters.setAlignment(Pos.CENTER_LEFT);

        list.setId("client-list");
        list.setItems(model.results());
        list.setCellFactory(view -> new ClientCell(clock));
        Label noMatch = new Label();
        noMatch.getStyleClass().add("empty-hint");
        noMatch.setWrapText(true);
        noMatch.textProperty().bind(Bindings.when(model.queryProperty().isEmpty().and(model.tagProperty().isNull())
                        .and(model.competitorProperty().isNull()).and(model.segmentProperty().isNull()))
                .then("No clients yet. Add one with Ctrl+N, or use File \u2192 Load demo data to explore.")
                .otherwise("No client matches your search."));
        list.setPlaceholder(noMatch);
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null || !list.getItems().isEmpty()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
            } else if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                actions.edit().run();
            } else if (event.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                actions.delete().run();
            }
        });

        Label resultCount = new Label();
        resultCount.setId("result-count");
        resultCount.getStyleClass().add("text-small");
        resultCount.textProperty().bind(model.statusProperty());

        VBox left = new VBox(8, search, filters, moreFilters, resultCount, list);
        left.getStyleClass().add("client-list-pane");
        VBox.setVgrow(list, Priority.ALWAYS);

        clientName.getStyleClass().add("title-3");
        clientName.setId("header-name");
        Button prepare = headerButton("Prepare call", Material2AL.ASSIGNMENT, "prepare-call", "The brief for this client (F5)", actions.prepareCall());
        Button edit = headerButton("Edit", Material2AL.EDIT, "edit-client", "Edit the profile (Ctrl+E)", actions.edit());
        Button log = headerButton("Log touchpoint", Material2AL.ADD_IC_CALL, "log-touchpoint", "Log a call, visit or message (Ctrl+L)", actions.logTouchpoint());
        Button delete = headerButton("Delete", Material2AL.DELETE, "delete-client", "Move to the trash; Ctrl+Z brings it back", actions.delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, clientName, spacer, prepare, log, edit, delete);
        header.setId("client-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 16, 4, 16));
        collapseWhenNarrow(header, List.of(prepare, log, edit, delete));

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        extraTabs.stream().filter(ClientTab::beforeProfile).forEach(extra -> tabs.getTabs().add(new Tab(extra.title(), extra.content())));
        tabs.getTabs().add(new Tab("Profile", profile));
        extraTabs.stream().filter(extra -> !extra.beforeProfile()).forEach(extra -> tabs.getTabs().add(new Tab(extra.title(), extra.content())));
        BorderPane clientPane = new BorderPane(tabs);
        clientPane.setTop(new VBox(header, presenceSlot));
        Label nobody = new Label("Select a client on the left, or add one with Ctrl+N.");
        nobody.getStyleClass().add("empty-hint");
        StackPane right = new StackPane(clientPane, nobody);
        clientPane.visibleProperty().bind(model.selectedProperty().isNotNull());
        nobody.visibleProperty().bind(model.selectedProperty().isNull());

        model.profileProperty().addListener((observable, before, now) -> showProfile(now));
        model.selectedProperty().addListener((observable, before, now) -> {
            UUID id = now == null ? null : now.id();
            clientName.setText(now == null ? "" : now.displayName());
            extraTabs.forEach(extra -> extra.onClient().accept(id));
        });

        getItems().addAll(left, right);
        setDividerPositions(0.36);
        SplitPane.setResizableWithParent(left, false);
        model.search();
    }

    /**
     * Shows over the selected client who at another desk of a team server is on a call with them
     * ("Ana is on a call with this client").
     */
    public void followPresence(app.rapport.service.PresenceService presence, java.time.ZoneId zone) {
        javafx.beans.binding.ObjectBinding<UUID> selectedId = Bindings.createObjectBinding(
                () -> model.selectedProperty().get() == null ? null : model.selectedProperty().get().id(), model.selectedProperty());
        app.rapport.ui.control.PresenceBanner banner = new app.rapport.ui.control.PresenceBanner(presence, selectedId, zone);
        javafx.geometry.Insets margin = new javafx.geometry.Insets(0, 16, 4, 16);
        StackPane.setMargin(banner, margin);
        presenceSlot.getChildren().setAll(banner);
    }

    private void showProfile(ClientProfile loaded) {
        profile.show(loaded);
        if (loaded != null) {
            clientName.setText(loaded.client().displayName());
        }
    }

    /**
     * Scrolls the list from top to bottom, a screenful per frame, then runs {@code done}; the
     * memory benchmark uses it to make every row pass through a cell once.
     */
    public void scrollThroughList(Runnable done) {
        int rows = list.getItems().size();
        int step = Math.max(1, (int) (list.getHeight() / 24));
        new javafx.animation.AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                list.scrollTo(Math.min(next, Math.max(0, rows - 1)));
                next += step;
                if (next >= rows + step) {
                    stop();
                    done.run();
                }
            }
        }.start();
    }

    /** The title of the tab in front. */
    public String shownTab() {
        return tabs.getSelectionModel().getSelectedItem() == null ? null : tabs.getSelectionModel().getSelectedItem().getText();
    }

    /** Brings the tab with this title to the front. */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(tab -> tab.getText().equals(title)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Puts the cursor in the search box (Ctrl+F), with what was searched before selected to be typed over. */
    public void focusSearch() {
        focusSearch(null);
    }

    /** As {@link #focusSearch()}, then hands the search the keys {@code typedMeanwhile} kept (null: none kept). */
    public void focusSearch(TypeAhead typedMeanwhile) {
        String searchedBefore = search.getText();
        Runnable focus = () -> {
            search.requestFocus();
            if (Objects.equals(search.getText(), searchedBefore)) {
                search.selectAll();
            } else {
                search.end(); // typed since the shortcut: selecting it would let the next key wipe it
            }
            if (typedMeanwhile != null) {
                typedMeanwhile.into(search);
            }
        };
        Scene scene = getScene();
        if (scene == null) {
            Platform.runLater(focus);
            return;
        }
        // Keys typed right after the shortcut belong to the search: it takes the keyboard now, with its
        // skin made at once (shown for the first time, it has none until the next pulse, and keys that
        // reach it before then are lost). Switching sections hides the focused node of the one left,
        // and the scene may hand focus to the tabs during the next pulse, so the search asks for it
        // again after that pulse.
        search.applyCss();
        search.requestFocus();
        search.selectAll();
        Pulses.afterNextLayout(scene, () -> Platform.runLater(focus));
    }

    /** Room kept for the client's name before the header's buttons give up their words. */
    private static final double NAME_ROOM = 220;

    /**
     * Shows the header's buttons as icons alone (their tooltips name them) when the window is too
     * narrow for their words and the client's name: a laptop's 1024 pixels with the list beside.
     */
    private static void collapseWhenNarrow(HBox header, List<Button> buttons) {
        double[] wordsWidth = {-1};
        Runnable fit = () -> {
            boolean iconsOnly = buttons.get(0).getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY;
            if (!iconsOnly || wordsWidth[0] < 0) {
                buttons.forEach(b -> b.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT));
                wordsWidth[0] = buttons.stream().mapToDouble(b -> b.prefWidth(-1)).sum();
            }
            double needed = header.getInsets().getLeft() + header.getInsets().getRight() + NAME_ROOM + wordsWidth[0]
                    + header.getSpacing() * (buttons.size() + 1);
            boolean narrow = header.getWidth() > 0 && header.getWidth() < needed;
            buttons.forEach(b -> b.setContentDisplay(narrow ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT));
        };
        header.widthProperty().addListener((observable, before, width) -> fit.run());
    }

    private static Button headerButton(String text, org.kordamp.ikonli.Ikon icon, String id, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(text + " \u2014 " + Character.toLowerCase(tip.charAt(0)) + tip.substring(1)));
        button.setMnemonicParsing(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label, String whenNull) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? whenNull : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
