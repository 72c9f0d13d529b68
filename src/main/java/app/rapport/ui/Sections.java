package app.rapport.ui;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where the window is: its top-level screens as tabs, reached by click, by Ctrl+1, Ctrl+2, ... in
 * the order added, or from the Go menu, each named by its {@link Section}.
 */
final class Sections {
    private final TabPane tabs = new TabPane();
    private final Menu goMenu = new Menu("Go");
    private final Map<Section, Tab> added = new EnumMap<>(Section.class);

    Sections() {
        tabs.setId("sections");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("sections");
    }

    /** The tabs, for the window's centre. */
    TabPane tabs() {
        return tabs;
    }

    /** The Go menu, one item per section. */
    Menu goMenu() {
        return goMenu;
    }

    /** Forgets every section (a new workspace adds them again). */
    void clear() {
        tabs.getTabs().clear();
        goMenu.getItems().clear();
        added.clear();
    }

    /**
     * Adds a top-level screen; {@code onShow} runs each time the user switches to it, and
     * {@code goTo} is what the Go menu's item does (switching to it from wherever the window is).
     */
    void add(Section section, Node content, Runnable onShow, Runnable goTo) {
        // A section joins the scene when it is first shown: styling and laying out every section
        // for the first frame made a big store's window appear more than a second later.
        Tab tab = new Tab(section.title());
        tab.setId(section.tabId());
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                if (tab.getContent() == null) {
                    tab.setContent(content);
                }
                onShow.run();
            }
        });
        tabs.getTabs().add(tab);
        added.put(section, tab);
        int position = tabs.getTabs().size();
        goMenu.getItems().add(WindowMenus.item(section.title(), position <= 9 ? "Shortcut+" + position : null, goTo));
    }

    /** Brings this section's tab to the front, if it was added. */
    void select(Section section) {
        Tab tab = added.get(section);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    /** The section whose tab is in front (null before any was added). */
    Section selected() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        return added.entrySet().stream().filter(entry -> entry.getValue() == shown).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
