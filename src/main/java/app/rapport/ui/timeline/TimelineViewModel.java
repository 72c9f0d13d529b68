package app.rapport.ui.timeline;

import app.rapport.domain.Channel;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.TimelinePage;
import app.rapport.service.TouchpointService;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The state of one client's timeline: which client, which kinds and channels are shown, and the
 * entries that match, newest first, one page of them at a time: a client opens with the newest
 * page, and {@link #showOlder} adds the next. Loads run in the background; only the answer to the
 * latest request is shown, so quick filter clicks never leave an older answer on screen.
 */
public final class TimelineViewModel {
    static final String NO_CLIENT = "Choose a client to see their timeline.";
    static final String LOADING = "Loading\u2026";
    static final String NOTHING_YET = "Nothing has happened with this client yet.";
    static final String NOTHING_MATCHES = "Nothing matches these filters.";

    private final Source source;
    private final TaskExecutor background;
    private final int pageSize;
    private final ReadOnlyObjectWrapper<UUID> client = new ReadOnlyObjectWrapper<>(this, "client");
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final Map<TimelineKind, BooleanProperty> kindShown = new EnumMap<>(TimelineKind.class);
    private final Map<Channel, BooleanProperty> channelShown = new EnumMap<>(Channel.class);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(this, "hasOlder");
    private final ReadOnlyBooleanWrapper loadingOlder = new ReadOnlyBooleanWrapper(this, "loadingOlder");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", NO_CLIENT);
    private final TaskKey loadKey = new TaskKey("timeline of the client");
    private boolean holdRefresh;
    private int limit;

    /** Where the entries come from: {@link TouchpointService#timelinePage} in the app. */
    @FunctionalInterface
    public interface Source {
        /** The newest {@code limit} entries of these kinds and channels (empty: all), and whether there are older ones. */
        TimelinePage timeline(UUID clientId, Set<TimelineKind> kinds, Set<Channel> channels, int limit);
    }

    public TimelineViewModel(TouchpointService touchpoints, TaskExecutor background) {
        this(touchpoints::timelinePage, background);
    }

    public TimelineViewModel(Source source, TaskExecutor background) {
        this(source, background, TouchpointService.TIMELINE_PAGE_SIZE);
    }

    /** Pages of {@code pageSize} entries. */
    public TimelineViewModel(Source source, TaskExecutor background, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A timeline page holds at least one entry, not " + pageSize + ".");
        }
        this.source = source;
        this.background = background;
        this.pageSize = pageSize;
        this.limit = pageSize;
        for (TimelineKind kind : TimelineKind.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(this, "show" + kind.name(), true);
            shown.addListener((observable, before, now) -> filtersChanged());
            kindShown.put(kind, shown);
        }
        for (Channel channel : Channel.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(this, "show" + channel.name(), true);
            shown.addListener((observable, before, now) -> filtersChanged());
            channelShown.put(channel, shown);
        }
    }

    /**
     * Shows the timeline of another client (or nothing, for null) from its newest page; the
     * filters stay as they are. The same client again is a {@link #refresh}.
     */
    public void setClient(UUID clientId) {
        if (clientId != null && clientId.equals(client.get())) {
            refresh();
            return;
        }
        client.set(clientId);
        entries.clear();
        limit = pageSize;
        hasOlder.set(false);
        refresh();
    }

    public ReadOnlyObjectProperty<UUID> clientProperty() {
        return client;
    }

    /** The entries that match the filters, newest first. */
    public ObservableList<TimelineEntry> entries() {
        return readOnlyEntries;
    }

    /** Whether entries of this kind are shown. */
    public BooleanProperty kindShownProperty(TimelineKind kind) {
        return kindShown.get(kind);
    }

    /** Whether touchpoints on this channel are shown; other kinds have no channel and ignore it. */
    public BooleanProperty channelShownProperty(Channel channel) {
        return channelShown.get(channel);
    }

    /** True while a load is under way. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when some kind or channel is switched off. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** How many entries a page holds: the first load, and each {@link #showOlder}. */
    public int pageSize() {
        return pageSize;
    }

    /** True when the client has older entries than those shown. */
    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    /** True while {@link #showOlder} is loading. */
    public ReadOnlyBooleanProperty loadingOlderProperty() {
        return loadingOlder.getReadOnlyProperty();
    }

    /**
     * Adds the next page of older entries below those shown, then runs {@code whenShown} (not when
     * a later request overtook it). Does nothing when there are no older entries or they are
     * loading already, so a double click loads one page.
     */
    public void showOlder(Runnable whenShown) {
        if (!hasOlder.get() || loadingOlder.get()) {
            return;
        }
        limit = limit > Integer.MAX_VALUE - 1 - pageSize ? Integer.MAX_VALUE - 1 : limit + pageSize;
        load(true, whenShown);
    }

    /** What to say when there are no entries to show: why the list is empty. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Switches every filter back on. */
    public void showEverything() {
        holdRefresh = true;
        try {
            kindShown.values().forEach(shown -> shown.set(true));
            channelShown.values().forEach(shown -> shown.set(true));
        } finally {
            holdRefresh = false;
        }
        filtersChanged();
    }

    /** Loads the entries again, as many pages as are shown, for example after a touchpoint was logged. */
    public void refresh() {
        load(false, () -> { });
    }

    private void load(boolean older, Runnable whenShown) {
        UUID clientId = client.get();
        if (clientId == null) {
            nothingToShow(NO_CLIENT);
            return;
        }
        Set<TimelineKind> kinds = shownKinds();
        Set<Channel> channels = shownChannels();
        if (channels.isEmpty()) {
            kinds.remove(TimelineKind.TOUCHPOINT);
        }
        if (kinds.isEmpty()) {
            // Nothing is switched on; the service reads an empty set as "all", so do not ask it.
            nothingToShow(NOTHING_MATCHES);
            return;
        }
        Set<TimelineKind> kindsAsked = kinds.size() == TimelineKind.values().length ? Set.of() : Set.copyOf(kinds);
        Set<Channel> channelsAsked = !kinds.contains(TimelineKind.TOUCHPOINT) || channels.size() == Channel.values().length
                ? Set.of() : Set.copyOf(channels);
        boolean filteredNow = isFiltered();
        int limitAsked = limit;
        loading.set(true);
        loadingOlder.set(older);
        if (entries.isEmpty()) {
            emptyMessage.set(LOADING);
        }
        background.execute(BackgroundTask.of(() -> source.timeline(clientId, kindsAsked, channelsAsked, limitAsked)).keyed(loadKey)
                .onSuccess(loaded -> {
                    show(loaded, filteredNow);
                    whenShown.run();
                })
                .onFailure(failure -> nothingToShow("Could not load the timeline: " + Messages.of(failure))));
    }

    private void show(TimelinePage loaded, boolean filteredWhenAsked) {
        List<TimelineEntry> page = loaded.entries();
        if (page.size() >= entries.size() && page.subList(0, entries.size()).equals(entries)) {
            // Older entries below the ones shown: add them, so the list keeps its cells and place.
            entries.addAll(page.subList(entries.size(), page.size()));
        } else {
            entries.setAll(page);
        }
        hasOlder.set(loaded.hasOlder());
        loading.set(false);
        loadingOlder.set(false);
        emptyMessage.set(filteredWhenAsked ? NOTHING_MATCHES : NOTHING_YET);
    }

    private void nothingToShow(String why) {
        background.drop(loadKey);
        entries.clear();
        hasOlder.set(false);
        loading.set(false);
        loadingOlder.set(false);
        emptyMessage.set(why);
    }

    private void filtersChanged() {
        filtered.set(isFiltered());
        // Other filters are another list: it starts again from its newest page.
        limit = pageSize;
        if (!holdRefresh) {
            refresh();
        }
    }

    private boolean isFiltered() {
        return shownKinds().size() < TimelineKind.values().length || shownChannels().size() < Channel.values().length;
    }

    private Set<TimelineKind> shownKinds() {
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        kindShown.forEach((kind, shown) -> {
            if (shown.get()) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    private Set<Channel> shownChannels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        channelShown.forEach((channel, shown) -> {
            if (shown.get()) {
                channels.add(channel);
            }
        });
        return channels;
    }
}
