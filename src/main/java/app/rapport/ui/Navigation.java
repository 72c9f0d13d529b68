package app.rapport.ui;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.today.TodayItem;
import app.rapport.ui.clients.ClientListViewModel;
import app.rapport.ui.clients.ClientWorkspace;
import app.rapport.ui.competitors.CompetitorsView;
import app.rapport.ui.control.TypeAhead;
import app.rapport.ui.today.TodayView;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Where the user is and whom they chose: the section in front, the client selected in the list
 * (or the row of Today), and the ways to a client, their brief or a competitor. Actions ask it
 * whom they are about instead of reading the screens.
 */
final class Navigation {
    /** The client tab that shows the brief (F5, a call). */
    static final String BRIEF_TAB = "Brief";

    private final Sections sections = new Sections();
    private final Runnable showSections;
    private final BooleanSupplier sectionsInFront;
    private ClientListViewModel clientList;
    private ClientWorkspace workspace;
    private TodayView today;
    private CompetitorsView competitors;

    /**
     * {@code showSections} puts the sections in the window (making the workspace first if need
     * be); {@code sectionsInFront} says whether they are there, rather than the welcome screen.
     */
    Navigation(Runnable showSections, BooleanSupplier sectionsInFront) {
        this.showSections = showSections;
        this.sectionsInFront = sectionsInFront;
    }

    Sections sections() {
        return sections;
    }

    /** The screens it navigates, once the workspace is made. */
    void attach(ClientListViewModel clientList, ClientWorkspace workspace, TodayView today, CompetitorsView competitors) {
        this.clientList = clientList;
        this.workspace = workspace;
        this.today = today;
        this.competitors = competitors;
    }

    /** Whether the workspace is made (there were clients, or the user asked for it). */
    boolean hasWorkspace() {
        return workspace != null;
    }

    /** Forgets the workspace, so that the next {@link #show} makes a new one (after a demo load). */
    void detach() {
        workspace = null;
    }

    ClientListViewModel clientList() {
        return clientList;
    }

    ClientWorkspace workspace() {
        return workspace;
    }

    /** Puts the sections in the window instead of the welcome screen, on whichever section was in front. */
    void showSections() {
        if (workspace == null || !sectionsInFront.getAsBoolean()) {
            showSections.run();
        }
    }

    /** Switches to this top-level screen, showing the sections first if the welcome screen is up. */
    void show(Section section) {
        if (!sectionsInFront.getAsBoolean()) {
            showSections.run();
        }
        sections.select(section);
    }

    /** Whether this section is the one in front (false while the welcome screen is up). */
    boolean isShown(Section section) {
        return sectionsInFront.getAsBoolean() && sections.selected() == section;
    }

    /** The client selected in the client list (null when none, or no list yet). */
    ClientSummary selectedClient() {
        return clientList == null ? null : clientList.selectedProperty().get();
    }

    /** The row of Today the user is on, while Today is in front (null otherwise). */
    TodayItem todayRow() {
        return today != null && isShown(Section.TODAY) ? today.selected() : null;
    }

    /** The client an action is about: the row of Today while it is in front, else the one selected in the list. */
    ClientSummary clientToActOn() {
        TodayItem row = todayRow();
        return row != null ? summaryOf(row) : selectedClient();
    }

    static ClientSummary summaryOf(TodayItem item) {
        return new ClientSummary(item.clientId(), item.clientName(), null, null, null, List.of(), null, null);
    }

    /** The name of a client in the list (the selected one first), for status messages; null when not shown. */
    String clientName(UUID clientId) {
        ClientSummary selected = selectedClient();
        if (selected != null && selected.id().equals(clientId)) {
            return selected.displayName();
        }
        return clientList == null ? null : clientList.results().stream().filter(client -> client.id().equals(clientId))
                .map(ClientSummary::displayName).findFirst().orElse(null);
    }

    /** Searches the client list again and selects {@code select} (null: keeps the selection). */
    void selectInList(UUID select) {
        if (clientList != null) {
            clientList.refresh(select);
        }
    }

    /** Shows this client in the client workspace, whatever the search or filter was. */
    void openClient(UUID clientId) {
        show(Section.CLIENTS);
        clientList.tagProperty().set(null);
        clientList.competitorProperty().set(null);
        clientList.segmentProperty().set(null);
        clientList.queryProperty().set("");
        selectInList(clientId);
    }

    /** Opens this client's freshly built brief, as F5 does for the selected client. */
    void prepareCallFor(UUID clientId) {
        openClient(clientId);
        workspace.showTab(BRIEF_TAB);
    }

    /** Shows this competitor's SWOT map in the Competitors section. */
    void openCompetitor(UUID competitorId) {
        show(Section.COMPETITORS);
        competitors.showCompetitor(competitorId);
    }

    /**
     * Puts the keyboard in the client search (Ctrl+F in {@code window}), from whichever section is in
     * front. The clients shown for the first time take a moment to be made: keys typed meanwhile
     * are kept for the search.
     */
    void focusSearch(Scene window) {
        if (workspace != null && isShown(Section.CLIENTS)) {
            workspace.focusSearch();
        } else if (workspace != null) {
            TypeAhead typedMeanwhile = TypeAhead.hold(window);
            show(Section.CLIENTS);
            workspace.focusSearch(typedMeanwhile);
        }
    }

    /** Where the user is: the section shown, the selected client and that client's tab (each null when none). */
    MainWindow.Place place() {
        Section section = sectionsInFront.getAsBoolean() ? sections.selected() : null;
        ClientSummary selected = selectedClient();
        return new MainWindow.Place(section, selected == null ? null : selected.id(), workspace == null ? null : workspace.shownTab());
    }

    /** Selects this client again and, once the list has selected them (which brings the brief to the front), shows {@code tab}. */
    void returnToClient(UUID clientId, String tab) {
        if (tab != null) {
            clientList.selectedProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends ClientSummary> selected, ClientSummary before, ClientSummary now) {
                    if (now != null && now.id().equals(clientId)) {
                        selected.removeListener(this);
                        Platform.runLater(() -> workspace.showTab(tab));
                    }
                }
            });
        }
        openClient(clientId);
    }
}
