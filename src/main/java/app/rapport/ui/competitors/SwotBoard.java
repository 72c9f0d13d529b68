package app.rapport.ui.competitors;

import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.SwotMaps;
import app.rapport.service.CompetitorService.SwotMap;
import app.rapport.ui.Pulses;
import app.rapport.ui.control.FieldMessage;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import app.rapport.ui.control.Formatting;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.util.Duration;

/**
 * A SWOT map as a 2×2 board of cards. Type in a quadrant's field and press Enter to add a card;
 * drag a card to another place or quadrant; on a focused card, Alt+arrows move it to the quadrant
 * in that direction, Ctrl+Up/Down reorder it, Enter edits and Delete deletes it. The context menu
 * does the same with the mouse.
 */
public final class SwotBoard extends GridPane {

    /** What the board asks of its owner; each change is saved, then the board is shown again. */
    public interface Actions {
        void add(Quadrant quadrant, String text, Consumer<String> onProblem);

        void edit(SwotItem card);

        void move(SwotItem card, Quadrant quadrant, int index);

        void delete(SwotItem card);
    }

    private final Actions actions;
    /** How long a card just added stays highlighted, so the eye finds it. */
    private Duration highlightFor = Duration.millis(1600);
    /** Cards highlighted now: the map may be shown again (a change heard) while the highlight lasts. */
    private final java.util.Set<UUID> highlighted = new java.util.HashSet<>();

    private final Map<Quadrant, VBox> cardBoxes = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, ScrollPane> scrolls = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, VBox> quadrants = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, Label> counts = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, TextField> adders = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, Label> problems = new EnumMap<>(Quadrant.class);
    private SwotItem dragged;
    private UUID focusAfterShow;
    private SwotMap shown;

    private final boolean readOnly;

    public SwotBoard(Actions actions) {
        this(actions, false);
    }

    /** A board; a read-only one (for an exported picture) has no add fields and no moves. */
    SwotBoard(Actions actions, boolean readOnly) {
        this.actions = actions;
        this.readOnly = readOnly;
        getStyleClass().add("swot-board");
        setHgap(10);
        setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        for (Quadrant quadrant : Quadrant.values()) {
            add(quadrant(quadrant), quadrant.ordinal() % 2, quadrant.ordinal() / 2);
        }
    }

    private Node quadrant(Quadrant quadrant) {
        String name = quadrant.name().toLowerCase(Locale.ROOT);
        Label title = new Label(SwotMaps.title(quadrant));
        title.getStyleClass().add("swot-title");
        Label count = new Label();
        count.getStyleClass().addAll("text-muted", "text-small");
        counts.put(quadrant, count);
        HBox header = new HBox(8, title, count);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        VBox cards = new VBox(6);
        cards.setId("cards-" + name);
        cards.getStyleClass().add("swot-cards");
        cardBoxes.put(quadrant, cards);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("swot-scroll");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scrolls.put(quadrant, scroll);

        TextField adder = new TextField();
        adder.setId("add-" + name);
        adder.setPromptText("Add " + article(quadrant) + " and press Enter");
        adders.put(quadrant, adder);
        Label problem = FieldMessage.create("add-" + name + "-message");
        problems.put(quadrant, problem);
        // Tab goes from one quadrant's field to the next, so a whole map is typed without the mouse.
        adder.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                int next = quadrant.ordinal() + (event.isShiftDown() ? -1 : 1);
                if (next >= 0 && next < Quadrant.values().length) {
                    adders.get(Quadrant.values()[next]).requestFocus();
                    event.consume();
                }
            }
        });
        adder.setOnAction(event -> {
            String text = adder.getText();
            if (text == null || text.isBlank()) {
                return;
            }
            problem.setVisible(false);
            adder.clear();
            actions.add(quadrant, text, message -> {
                adder.setText(text);
                problem.setText(message);
                problem.setVisible(true);
            });
        });

        VBox box = readOnly ? new VBox(6, header, cards) : new VBox(6, header, scroll, adder, problem);
        box.setId("quadrant-" + name);
        box.getStyleClass().addAll("swot-quadrant", "swot-" + name);
        box.setMinHeight(0);
        quadrants.put(quadrant, box);
        box.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, event -> box.getStyleClass().add("drop-target"));
        box.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, event -> box.getStyleClass().removeAll("drop-target"));
        box.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, event -> {
            box.getStyleClass().removeAll("drop-target");
            if (dragged != null) {
                SwotItem card = dragged;
                dragged = null;
                int index = dropIndex(quadrant, event.getSceneY(), card);
                if (card.quadrant() != quadrant || index != card.position()) {
                    focusAfterShow = card.id();
                    actions.move(card, quadrant, index);
                }
            }
            event.consume();
        });
        return box;
    }

    private static String article(Quadrant quadrant) {
        return switch (quadrant) {
            case STRENGTH -> "a strength";
            case WEAKNESS -> "a weakness";
            case OPPORTUNITY -> "an opportunity";
            case THREAT -> "a threat";
        };
    }

    /** Where a card dropped at scene height {@code sceneY} goes: before the first card whose middle is below it. */
    private int dropIndex(Quadrant quadrant, double sceneY, SwotItem card) {
        int index = 0;
        for (Node node : cardBoxes.get(quadrant).getChildren()) {
            if (node.getUserData() instanceof SwotItem other) {
                if (other.id().equals(card.id())) {
                    continue;
                }
                Bounds bounds = node.localToScene(node.getBoundsInLocal());
                if (sceneY < bounds.getMinY() + bounds.getHeight() / 2) {
                    return index;
                }
                index++;
            }
        }
        return index;
    }

    /** Shows the map; the card that was just moved keeps the focus. */
    public void show(SwotMap map) {
        boolean sameMap = shown != null && map != null && java.util.Objects.equals(id(shown), id(map));
        java.util.Set<UUID> before = new java.util.HashSet<>();
        if (sameMap) {
            shown.cards().forEach(card -> before.add(card.id()));
        }
        shown = map;
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        UUID refocus = focusAfterShow;
        if (refocus == null && focused != null && focused.getUserData() instanceof SwotItem card && isInside(focused)) {
            refocus = card.id();
        }
        focusAfterShow = null;
        for (Quadrant quadrant : Quadrant.values()) {
            VBox cards = cardBoxes.get(quadrant);
            cards.getChildren().clear();
            int count = 0;
            if (map != null) {
                for (SwotItem card : map.cards()) {
                    if (card.quadrant() == quadrant) {
                        cards.getChildren().add(card(card, map));
                        count++;
                    }
                }
            }
            if (count == 0) {
                Label empty = new Label("Nothing yet.");
                empty.getStyleClass().addAll("text-muted", "text-small");
                cards.getChildren().add(empty);
            }
            counts.get(quadrant).setText(count == 0 ? "" : String.valueOf(count));
        }
        if (refocus != null) {
            UUID id = refocus;
            Platform.runLater(() -> lookupCard(id).ifPresent(Node::requestFocus));
        }
        if (sameMap && !readOnly) {
            map.cards().stream().filter(card -> !before.contains(card.id())).reduce((first, second) -> second)
                    .ifPresent(this::bringIntoView);
        }
    }

    private static UUID id(SwotMap map) {
        return map.competitor() == null ? null : map.competitor().id();
    }

    /** How long a new card stays highlighted (a test makes it long enough to see on a slow machine). */
    void highlightFor(Duration duration) {
        highlightFor = duration;
    }

    /** Scrolls its quadrant to a card that just arrived and highlights it for a moment. */
    private void bringIntoView(SwotItem added) {
        lookupCard(added.id()).ifPresent(node -> {
            highlighted.add(added.id());
            node.getStyleClass().add("just-added");
            PauseTransition fade = new PauseTransition(highlightFor);
            fade.setOnFinished(event -> {
                highlighted.remove(added.id());
                lookupCard(added.id()).ifPresent(shown -> shown.getStyleClass().remove("just-added"));
            });
            fade.play();
            ScrollPane scroll = scrolls.get(added.quadrant());
            Runnable reveal = () -> {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (content > viewport) {
                    double top = node.getBoundsInParent().getMinY();
                    double bottom = node.getBoundsInParent().getMaxY();
                    double shownTop = scroll.getVvalue() * (content - viewport);
                    if (top < shownTop || bottom > shownTop + viewport) {
                        scroll.setVvalue(Math.min(1, Math.max(0, (bottom - viewport) / (content - viewport))));
                    }
                }
            };
            if (getScene() == null) {
                reveal.run();
            } else {
                Pulses.afterNextLayout(getScene(), reveal);
            }
        });
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private java.util.Optional<Node> lookupCard(UUID id) {
        for (VBox box : cardBoxes.values()) {
            for (Node node : box.getChildren()) {
                if (node.getUserData() instanceof SwotItem card && card.id().equals(id)) {
                    return java.util.Optional.of(node);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Puts the caret in a quadrant's add field. */
    public void focusAdd(Quadrant quadrant) {
        adders.get(quadrant).requestFocus();
    }

    private Node card(SwotItem card, SwotMap map) {
        Label text = new Label(card.text());
        text.setWrapText(true);
        text.getStyleClass().add("swot-card-text");
        VBox node = new VBox(2, text);
        StringBuilder meta = new StringBuilder();
        if (card.evidence() != null) {
            meta.append(card.evidence());
        }
        if (card.observedOn() != null) {
            meta.append(meta.length() == 0 ? "" : " \u00b7 ").append(Formatting.current().date(card.observedOn()));
        }
        if (card.clientId() != null && map.clientNames().containsKey(card.clientId())) {
            meta.append(meta.length() == 0 ? "" : " \u00b7 ").append("told by ").append(map.clientNames().get(card.clientId()));
        }
        if (meta.length() > 0) {
            Label details = new Label(meta.toString());
            details.setWrapText(true);
            details.getStyleClass().addAll("text-muted", "text-small");
            node.getChildren().add(details);
        }
        if (map.possiblyStale(card)) {
            Label stale = new Label("possibly stale");
            stale.getStyleClass().addAll("swot-stale", "text-small");
            stale.setTooltip(new Tooltip("Noted more than " + map.staleAfterDays() + " days ago: check it still holds."));
            node.getChildren().add(stale);
            node.getStyleClass().add("stale");
        }
        node.setId("card-" + card.id());
        node.setUserData(card);
        node.getStyleClass().add("swot-card");
        if (highlighted.contains(card.id())) {
            node.getStyleClass().add("just-added");
        }
        node.setFocusTraversable(!readOnly);
        if (readOnly) {
            return node;
        }
        node.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip.install(node, new Tooltip("Enter: edit \u00b7 Alt+arrows: move to another quadrant \u00b7 Ctrl+Up/Down: reorder \u00b7 Delete"));
        node.setOnMouseClicked(event -> {
            node.requestFocus();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                actions.edit(card);
            }
        });
        node.setOnDragDetected(event -> {
            dragged = card;
            node.getStyleClass().add("dragging");
            node.startFullDrag();
            event.consume();
        });
        node.setOnMouseReleased(event -> node.getStyleClass().removeAll("dragging"));
        node.setOnKeyPressed(event -> {
            KeyCode code = event.getCode();
            if (event.isAltDown() && code.isArrowKey()) {
                Quadrant target = neighbour(card.quadrant(), code);
                if (target != card.quadrant()) {
                    focusAfterShow = card.id();
                    actions.move(card, target, Integer.MAX_VALUE);
                }
                event.consume();
            } else if (event.isShortcutDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
                int index = card.position() + (code == KeyCode.UP ? -1 : 1);
                if (index >= 0) {
                    focusAfterShow = card.id();
                    actions.move(card, card.quadrant(), index);
                }
                event.consume();
            } else if (code == KeyCode.ENTER || code == KeyCode.F2) {
                actions.edit(card);
                event.consume();
            } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                actions.delete(card);
                event.consume();
            } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
                moveFocus(node, code == KeyCode.UP ? -1 : 1);
                event.consume();
            }
        });
        node.setOnContextMenuRequested(event -> {
            contextMenu(card).show(node, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        return node;
    }

    private void moveFocus(Node from, int step) {
        List<Node> siblings = ((VBox) from.getParent()).getChildren();
        int next = siblings.indexOf(from) + step;
        if (next >= 0 && next < siblings.size()) {
            siblings.get(next).requestFocus();
        }
    }

    private ContextMenu contextMenu(SwotItem card) {
        ContextMenu menu = new ContextMenu();
        MenuItem edit = new MenuItem("Edit\u2026");
        edit.setAccelerator(KeyCombination.keyCombination("Enter"));
        edit.setOnAction(event -> actions.edit(card));
        menu.getItems().add(edit);
        menu.getItems().add(new SeparatorMenuItem());
        for (Quadrant quadrant : Quadrant.values()) {
            if (quadrant != card.quadrant()) {
                MenuItem move = new MenuItem("Move to " + SwotMaps.title(quadrant));
                move.setId("move-to-" + quadrant.name().toLowerCase(Locale.ROOT));
                move.setOnAction(event -> {
                    focusAfterShow = card.id();
                    actions.move(card, quadrant, Integer.MAX_VALUE);
                });
                menu.getItems().add(move);
            }
        }
        MenuItem up = new MenuItem("Move up");
        up.setDisable(card.position() == 0);
        up.setOnAction(event -> actions.move(card, card.quadrant(), card.position() - 1));
        MenuItem down = new MenuItem("Move down");
        down.setOnAction(event -> actions.move(card, card.quadrant(), card.position() + 1));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(event -> actions.delete(card));
        menu.getItems().addAll(new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), delete);
        return menu;
    }

    /** The quadrant beside {@code from} in the arrow's direction on the 2×2 board (itself at an edge). */
    static Quadrant neighbour(Quadrant from, KeyCode arrow) {
        int column = from.ordinal() % 2;
        int row = from.ordinal() / 2;
        switch (arrow) {
            case LEFT -> column = 0;
            case RIGHT -> column = 1;
            case UP -> row = 0;
            case DOWN -> row = 1;
            default -> {
            }
        }
        return Quadrant.values()[row * 2 + column];
    }

    SwotMap shown() {
        return shown;
    }

    /** Actions for a read-only copy of this board: it changes nothing. */
    Actions actionsForPicture() {
        return new Actions() {
            @Override
            public void add(Quadrant quadrant, String text, Consumer<String> onProblem) {
            }

            @Override
            public void edit(SwotItem card) {
            }

            @Override
            public void move(SwotItem card, Quadrant quadrant, int index) {
            }

            @Override
            public void delete(SwotItem card) {
            }
        };
    }
}
