package app.rapport.ui.clients;

import app.rapport.domain.ClientSummary;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;

/** The client list with its search box on the left, the selected profile on the right. */
public final class ClientWorkspace extends SplitPane {
    private final ClientListViewModel model;
    private final TextField search = new atlantafx.base.controls.CustomTextField();
    private final ListView<ClientSummary> list = new ListView<>();
    private final ProfileView profile = new ProfileView();

    public ClientWorkspace(ClientListViewModel model, Clock clock) {
        this.model = model;
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
            } else if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        list.setId("client-list");
        list.setItems(model.results());
        list.setCellFactory(view -> new ClientCell(clock));
        Label noMatch = new Label("No client matches your search.");
        noMatch.getStyleClass().add("empty-hint");
        noMatch.textProperty().bind(javafx.beans.binding.Bindings.when(model.queryProperty().isEmpty())
                .then("No clients yet. Use File \u2192 Load demo data to explore.")
                .otherwise("No client matches your search."));
        list.setPlaceholder(noMatch);
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> model.selectedProperty().set(now));

        model.profileProperty().addListener((observable, before, now) -> profile.show(now));

        Label resultCount = new Label();
        resultCount.setId("result-count");
        resultCount.getStyleClass().add("text-small");
        resultCount.textProperty().bind(model.statusProperty());

        VBox left = new VBox(8, search, resultCount, list);
        left.getStyleClass().add("client-list-pane");
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        BorderPane right = new BorderPane(profile);
        getItems().addAll(left, right);
        setDividerPositions(0.38);
        model.search();
    }

    /** Puts the cursor in the search box (Ctrl+F). */
    public void focusSearch() {
        Platform.runLater(() -> {
            search.requestFocus();
            search.selectAll();
        });
    }
}
