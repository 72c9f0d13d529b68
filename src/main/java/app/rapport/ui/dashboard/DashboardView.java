package app.rapport.ui.dashboard;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.dashboard.Chart;
import app.rapport.domain.dashboard.Slice;
import app.rapport.service.DashboardService;
import app.rapport.ui.task.TaskExecutor;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.text.NumberFormat;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The owner's dashboard: charts of every relationship, read in the background each time the
 * section is shown (with a loading state), each bar opening the clients behind it. The view draws
 * what its {@link DashboardViewModel} holds.
 */
public final class DashboardView extends BorderPane {
    private final DashboardViewModel model;
    private final GridPane grid = new GridPane();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label status = new Label();

    /** {@code openSlice} lists the clients behind a clicked bar. */
    public DashboardView(DashboardService dashboard, TaskExecutor background, Consumer<Slice> openSlice) {
        this(new DashboardViewModel(dashboard, background, openSlice));
    }

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        setId("dashboard");
        Label title = new Label("Dashboard");
        title.getStyleClass().add("title-3");
        status.setId("dashboard-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        model.loadedInMillisProperty().addListener((observable, before, millis) -> status.setUserData(millis));
        Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refresh.setId("dashboard-refresh");
        refresh.setOnAction(event -> refresh());
        spinner.setMaxSize(22, 22);
        spinner.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spinner, status, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 16, 4, 16));
        setTop(header);
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setPadding(new Insets(8, 16, 16, 16));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.charts().addListener((ListChangeListener<Chart>) change -> show(model.charts()));
    }

    /** Reads every chart again in the background; the old charts stay until the new ones are in. */
    public void refresh() {
        model.refresh();
    }

    private void show(List<Chart> charts) {
        grid.getChildren().clear();
        for (int i = 0; i < charts.size(); i++) {
            grid.add(card(charts.get(i)), i % 2, i / 2);
        }
    }

    private Node card(Chart data) {
        Label title = new Label(data.title());
        title.getStyleClass().add("text-bold");
        Node body;
        if (data.isEmpty()) {
            Label empty = new Label("Nothing to show yet. This fills in as you log touchpoints, purchases and opportunities.");
            empty.setWrapText(true);
            empty.getStyleClass().add("text-muted");
            StackPane box = new StackPane(empty);
            box.setPrefHeight(260);
            body = box;
        } else {
            body = chart(data);
        }
        VBox card = new VBox(6, title, body);
        card.getStyleClass().add("dashboard-card");
        card.setId("chart-" + data.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        card.setPadding(new Insets(10));
        card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-radius: 6;");
        return card;
    }

    /** Colours that mean something: good news green, bad news red; other series keep the theme's. */
    private static final Map<String, String> MEANINGFUL_COLOURS = Map.of(
            "Positive", "#3a9d5d", "Neutral", "#a0a8b3", "Negative", "#d9534f", "Won", "#3a9d5d", "Lost", "#d9534f");

    private Node chart(Chart data) {
        // Long category names (refusal reasons) read better along a vertical axis.
        boolean horizontal = data.series().size() == 1 && data.categories().stream().anyMatch(c -> c.length() > 12);
        CategoryAxis categories = new CategoryAxis();
        categories.getCategories().setAll(data.categories());
        NumberAxis values = new NumberAxis();
        values.setLabel(data.valueLabel());
        values.setMinorTickVisible(false);
        XYChart<?, ?> chart;
        if (horizontal) {
            BarChart<Number, String> bars = new BarChart<>(values, categories);
            for (Chart.Series series : data.series()) {
                XYChart.Series<Number, String> s = new XYChart.Series<>();
                s.setName(series.name());
                // A vertical category axis puts the first category at the bottom; the first belongs on top.
                List<Chart.Bar> topDown = new java.util.ArrayList<>(series.bars());
                java.util.Collections.reverse(topDown);
                categories.getCategories().setAll(topDown.stream().map(Chart.Bar::category).toList());
                for (Chart.Bar bar : topDown) {
                    XYChart.Data<Number, String> point = new XYChart.Data<>(bar.value(), bar.category());
                    point.nodeProperty().addListener((observable, old, node) -> clickable(node, series, bar));
                    s.getData().add(point);
                }
                bars.getData().add(s);
            }
            bars.setCategoryGap(8);
            chart = bars;
        } else {
            XYChart<String, Number> vertical = data.series().size() > 1 ? new StackedBarChart<>(categories, values) : new BarChart<>(categories, values);
            if (vertical instanceof BarChart<String, Number> bars) {
                bars.setCategoryGap(12);
            }
            for (Chart.Series series : data.series()) {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(series.name());
                for (Chart.Bar bar : series.bars()) {
                    XYChart.Data<String, Number> point = new XYChart.Data<>(bar.category(), bar.value());
                    point.nodeProperty().addListener((observable, old, node) -> clickable(node, series, bar));
                    s.getData().add(point);
                }
                vertical.getData().add(s);
            }
            chart = vertical;
        }
        chart.setAnimated(false);
        chart.setLegendVisible(data.series().size() > 1);
        chart.setPrefHeight(280);
        chart.setMinHeight(240);
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < data.series().size(); i++) {
            String colour = MEANINGFUL_COLOURS.get(data.series().get(i).name());
            if (colour != null) {
                css.append(".default-color").append(i).append(".chart-bar { -fx-bar-fill: ").append(colour).append("; }\n")
                        .append(".default-color").append(i).append(".chart-legend-item-symbol { -fx-background-color: ").append(colour).append("; }\n");
            }
        }
        if (!css.isEmpty()) {
            chart.getStylesheets().add("data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return chart;
    }

    private void clickable(Node node, Chart.Series series, Chart.Bar bar) {
        if (node == null) {
            return;
        }
        node.setCursor(Cursor.HAND);
        Tooltip.install(node, new Tooltip((series.name().equals(bar.category()) ? "" : series.name() + ", ") + bar.category() + ": "
                + NumberFormat.getIntegerInstance().format(bar.value()) + "\nClick to see the clients"));
        node.setOnMouseClicked(event -> model.open(bar.slice()));
        node.getProperties().put("slice", bar.slice());
    }

    /** Reads the charts again, while they are {@code shown}, when a change touches what a client's state is made of. */
    public void followChanges(ChangeFollower changes, java.util.function.BooleanSupplier shown) {
        changes.follow(ChangeFollower.whileShown(shown, ChangeFollower.CLIENT_STATE_TABLES), this::refresh);
    }
}
