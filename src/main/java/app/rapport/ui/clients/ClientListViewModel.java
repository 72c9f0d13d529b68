package app.rapport.ui.clients;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.ClientSort;
import app.rapport.domain.Competitor;
import app.rapport.domain.ClientSummary;
import app.rapport.service.ClientService;
import app.rapport.service.ClientService.ClientProfile;
import app.rapport.service.ClientService.SearchResult;
import app.rapport.service.SegmentService;
import app.rapport.domain.segment.Segment;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.NumberFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The state of the client list: the search text, the clients it finds, and the profile of the
 * selected one. Searches run in the background; only the answer to the latest query is shown.
 */
public final class ClientListViewModel {
    /** More than any small business has; the list is virtualized, so showing all of them is cheap. */
    static final int SHOWN_AT_MOST = 200_000;
    /** Matches of a typed search shown at most; the status line says when there are more. */
    static final int SEARCH_SHOWN_AT_MOST = 500;
    /** More rows than fit on any screen, shown first while the whole list is read. */
    public static final int FIRST_PAGE = 100;
    private static final String READING = "Reading your clients\u2026";

    private final ClientService clients;
    private final TaskExecutor background;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<ClientSummary> results = FXCollections.observableArrayList();
    private final ObservableList<ClientSummary> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final IntegerProperty totalMatching = new SimpleIntegerProperty(this, "totalMatching");
    private final ObjectProperty<ClientSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<ClientProfile> profile = new SimpleObjectProperty<>(this, "profile");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<ClientSort> sort = new SimpleObjectProperty<>(this, "sort", ClientSort.NAME);
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Competitor> competitor = new SimpleObjectProperty<>(this, "competitor");
    private final ObservableList<Competitor> competitors = FXCollections.observableArrayList();
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(this, "segment");
    private final ObservableList<Segment> segmentChoices = FXCollections.observableArrayList();
    private SegmentService segments;
    private UUID selectAfterSearch;
    private String shownQuery;
    private String openFirstFoundFor;
    private final TaskKey firstPageKey = new TaskKey("first page of clients");
    private final TaskKey searchKey = new TaskKey("client search");
    private final TaskKey profileKey = new TaskKey("client profile");
    private Consumer<Runnable> firstSearchTiming;

    public ClientListViewModel(ClientService clients, TaskExecutor background) {
        this.clients = clients;
        this.background = background;
        query.addListener((observable, before, now) -> search());
        sort.addListener((observable, before, now) -> search());
        tag.addListener((observable, before, now) -> search());
        competitor.addListener((observable, before, now) -> search());
        segment.addListener((observable, before, now) -> search());
        selected.addListener((observable, before, now) -> loadProfile(now));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ClientSummary> results() {
        return readOnlyResults;
    }

    public ReadOnlyIntegerProperty totalMatchingProperty() {
        return totalMatching;
    }

    public ObjectProperty<ClientSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ClientProfile> profileProperty() {
        return profile;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<ClientSort> sortProperty() {
        return sort;
    }

    /** The tag the list is limited to, or null for all clients. */
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    /** Every tag in use, for the filter. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** The competitor the list is limited to (clients linked to it), or null for all clients. */
    public ObjectProperty<Competitor> competitorProperty() {
        return competitor;
    }

    /** The competitors some client is linked to, for the filter. */
    public ObservableList<Competitor> competitors() {
        return competitors;
    }

    /** Lets the list be limited to a saved segment ({@link #segmentProperty()}). */
    public void useSegments(SegmentService service) {
        this.segments = service;
        reloadSegments();
    }

    /** The saved segment the list is limited to, or null for all clients. */
    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    /** The saved segments that can be read, for the segment filter. */
    public ObservableList<Segment> segmentChoices() {
        return segmentChoices;
    }

    /** Reads the saved segments again (after they were edited); a chosen segment that changed is applied as it is now. */
    public void reloadSegments() {
        if (segments == null) {
            return;
        }
        background.run(() -> segments.segments().stream().filter(SegmentService.Saved::readable).map(SegmentService.Saved::segment).toList(),
                loaded -> {
                    Segment chosen = segment.get();
                    segmentChoices.setAll(loaded);
                    if (chosen != null) {
                        segment.set(loaded.stream().filter(s -> s.id().equals(chosen.id())).findFirst().orElse(null));
                    }
                }, failure -> status.set("Could not read the segments: " + Messages.of(failure)));
    }

    /**
     * Shows {@code firstPage} (the first clients by name, read while the window opened) until the
     * first search has read the whole list; that search starts when {@code readWholeList} runs it.
     */
    public void startWith(SearchResult firstPage, Consumer<Runnable> readWholeList) {
        if (results.isEmpty()) {
            results.setAll(firstPage.clients());
            status.set(READING);
            firstSearchTiming = readWholeList;
        }
    }

    public void search() {
        if (firstSearchTiming != null) {
            Consumer<Runnable> timing = firstSearchTiming;
            firstSearchTiming = null;
            timing.accept(this::search);
            return;
        }
        String text = query.get();
        ClientSort order = sort.get();
        String onlyTag = tag.get();
        UUID onlyCompetitor = competitor.get() == null ? null : competitor.get().id();
        Segment onlySegment = segments == null ? null : segment.get();
        if (results.isEmpty() && text.isBlank() && onlyTag == null && onlyCompetitor == null && onlySegment == null && order == ClientSort.NAME) {
            // Reading 100,000 clients takes a moment; the first screenful by name does not.
            background.execute(BackgroundTask.of(() -> clients.firstPage(FIRST_PAGE)).keyed(firstPageKey).onSuccess(page -> {
                if (results.isEmpty()) {
                    results.setAll(page.clients());
                    status.set(READING);
                }
            }));
        } else {
            background.drop(firstPageKey);
        }
        // Typing narrows the list; while a search matches thousands, the first few hundred by
        // the chosen order are plenty to pick from and keep each keystroke instant.
        int shownAtMost = text.isBlank() ? SHOWN_AT_MOST : SEARCH_SHOWN_AT_MOST;
        background.execute(BackgroundTask.of(() -> onlySegment == null ? clients.search(text, order, onlyTag, onlyCompetitor, shownAtMost)
                : segments.search(onlySegment.criteria(), onlyCompetitor, text, order, onlyTag, shownAtMost)).keyed(searchKey).onSuccess(result -> {
            // The whole list is in: a first page still being read would only hide it.
            background.drop(firstPageKey);
            show(result);
            if (onlySegment != null) {
                status.set(status.get() + " in \u201c" + onlySegment.name() + "\u201d");
            }
        }).onFailure(failure -> status.set("Search failed: " + Messages.of(failure))));
        background.run(clients::tags, loaded -> {
            if (!loaded.equals(tags)) {
                tags.setAll(loaded);
            }
        }, failure -> { });
        background.run(clients::linkedCompetitors, loaded -> {
            if (!loaded.equals(competitors)) {
                competitors.setAll(loaded);
            }
        }, failure -> { });
    }

    /**
     * Searches again (after a save or delete) and then selects {@code clientId} if it is listed.
     * Null asks for no new selection, and keeps one still asked for: a save's own refresh and the
     * change channel's refresh after it may come in either order.
     */
    public void refresh(UUID clientId) {
        if (clientId != null) {
            selectAfterSearch = clientId;
        }
        search();
    }

    /**
     * Opens the first client found for what the search holds now (Enter in the search), as soon as
     * the search has answered it: typed quickly, the name is often still being searched.
     */
    public void openFirstFound() {
        if (Objects.equals(shownQuery, query.get())) {
            openFirstFoundFor = null;
            if (!results.isEmpty()) {
                selected.set(results.get(0));
            }
        } else {
            openFirstFoundFor = query.get();
        }
    }

    private void show(SearchResult result) {
        ClientSummary keep = selectAfterSearch != null ? null : selected.get();
        UUID wanted = selectAfterSearch != null ? selectAfterSearch : keep == null ? null : keep.id();
        selectAfterSearch = null;
        results.setAll(result.clients());
        shownQuery = result.query();
        if (wanted != null) {
            result.clients().stream().filter(client -> client.id().equals(wanted)).findFirst().ifPresentOrElse(client -> {
                selected.set(client);
                loadProfile(client);
            }, () -> selected.set(null));
        }
        if (openFirstFoundFor != null && openFirstFoundFor.equals(result.query())) {
            openFirstFound();
        }
        totalMatching.set(result.totalMatching());
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        String found = result.query().isBlank()
                ? (result.totalMatching() == 1 ? "1 client" : numbers.format(result.totalMatching()) + " clients")
                : (result.totalMatching() == 1 ? "1 of your clients matches" : numbers.format(result.totalMatching()) + " of your clients match")
                        + " \u201c" + result.query().strip() + "\u201d";
        status.set(result.clients().size() < result.totalMatching()
                ? found + " \u2014 showing the first " + numbers.format(result.clients().size()) + "; type to narrow"
                : found);
    }

    /** Loads the selected client's profile again, e.g. after it was edited. */
    public void reloadProfile() {
        loadProfile(selected.get());
    }

    private void loadProfile(ClientSummary summary) {
        if (summary == null) {
            background.drop(profileKey);
            profile.set(null);
            return;
        }
        background.execute(BackgroundTask.of(() -> clients.profile(summary.id()).orElse(null)).keyed(profileKey)
                .onSuccess(profile::set)
                .onFailure(failure -> status.set("Could not open " + summary.displayName() + ": " + Messages.of(failure))));
    }

    /**
     * Searches again when a committed change touches what a list row shows, and reads the
     * selected client's profile again when a change is about them.
     */
    public void followChanges(ChangeFollower changes) {
        changes.follow(batch -> batch.touchesAny("client", "client_phone", "client_email", "client_tag", "follow_up", "touchpoint"),
                () -> refresh(null));
        changes.follow(ChangeFollower.about(() -> selected.get() == null ? null : selected.get().id(), "client", "client_phone",
                "client_email", "client_tag", "client_custom_field", "note", "touchpoint"), this::reloadProfile);
    }
}
