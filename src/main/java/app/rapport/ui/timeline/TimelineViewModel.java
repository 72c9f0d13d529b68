package app.rapport.ui.timeline;

import app.rapport.domain.Channel;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.service.TouchpointService;
import app.rapport.ui.BackgroundWork;
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
 * entries that match, newest first. Loads run in the background; only the answer to the latest
 * request is shown, so quick filter clicks never leave an older answer on screen.
 */
public final class TimelineViewModel {
    static final String NO_CLIENT = "Choose a client to see their timeline.";
    static final String LOADING = "Loading\u2026";
    static final String NOTHING_YET = "Nothing has happened with this client yet.";
    static final String NOTHING_MATCHES = "Nothing matches these filters.";

    private final Source source;
    private final BackgroundWork background;
    private final ReadOnlyObjectWrapper<UUID> client = new ReadOnlyObjectWrapper<>(this, "client");
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final Map<TimelineKind, BooleanProperty> kindShown = new EnumMap<>(TimelineKind.class);
    private final Map<Channel, BooleanProperty> channelShown = new EnumMap<>(Channel.class);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", NO_CLIENT);
    private long generation;
    private boolean holdRefresh;

    /** Where the entries come from: {@link TouchpointService#timeline} in the app. */
    @FunctionalInterface
    public interface Source {
        List<TimelineEntry> timeline(UUID clientId, Set<TimelineKind> kinds, Set<Channel> channels);
    }

    public TimelineViewModel(TouchpointService touchpoints, BackgroundWork background) {
        this(touchpoints::timeline, background);
    }

    public TimelineViewModel(Source source, BackgroundWork background) {
        this.source = source;
        this.background = background;
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

    /** Shows the timeline of another client (or nothing, for null); the filters stay as they are. */
    public void setClient(UUID clientId) {
        if (clientId != null && clientId.equals(client.get())) {
            refresh();
            return;
        }
        client.set(clientId);
        entries.clear();
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

    /** Loads the entries again, for example after a touchpoint was logged. */
    public void refresh() {
        long current = ++generation;
        UUID clientId = client.get();
        if (clientId == null) {
            entries.clear();
            loading.set(false);
            emptyMessage.set(NO_CLIENT);
            return;
        }
        Set<TimelineKind> kinds = shownKinds();
        Set<Channel> channels = shownChannels();
        if (channels.isEmpty()) {
            kinds.remove(TimelineKind.TOUCHPOINT);
        }
        if (kinds.isEmpty()) {
            // Nothing is switched on; the service reads an empty set as "all", so do not ask it.
            entries.clear();
            loading.set(false);
            emptyMessage.set(NOTHING_MATCHES);
            return;
        }
        Set<TimelineKind> kindsAsked = kinds.size() == TimelineKind.values().length ? Set.of() : Set.copyOf(kinds);
        Set<Channel> channelsAsked = !kinds.contains(TimelineKind.TOUCHPOINT) || channels.size() == Channel.values().length
                ? Set.of() : Set.copyOf(channels);
        boolean filteredNow = isFiltered();
        loading.set(true);
        if (entries.isEmpty()) {
            emptyMessage.set(LOADING);
        }
        background.run(() -> source.timeline(clientId, kindsAsked, channelsAsked), loaded -> {
            if (current == generation) {
                show(loaded, filteredNow);
            }
        }, failure -> {
            if (current == generation) {
                loading.set(false);
                entries.clear();
                emptyMessage.set("Could not load the timeline: " + Messages.of(failure));
            }
        });
    }

    private void show(List<TimelineEntry> loaded, boolean filteredWhenAsked) {
        entries.setAll(loaded);
        loading.set(false);
        emptyMessage.set(filteredWhenAsked ? NOTHING_MATCHES : NOTHING_YET);
    }

    private void filtersChanged() {
        filtered.set(isFiltered());
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
