package app.rapport.ui.touchpoint;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.ConversationType;
import app.rapport.service.RapportServices;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The state of the "log a touchpoint" form: who, how, when, what was said, the client's mood and
 * the next step. It checks what it can before saving and says what is wrong next to the field;
 * the service has the last word, and its objections are shown the same way. Nothing typed is
 * ever thrown away by a failed save.
 */
public final class LogTouchpointViewModel {
    static final int MATCHES_SHOWN = 20;
    static final String CHOOSE_CLIENT = "Choose the client: type a name, phone or email and pick from the list.";
    static final String SUMMARY_REQUIRED = "Write a line about what was said.";
    static final Duration FUTURE_ALLOWED = Duration.ofDays(1);
    static final int MIN_YEAR = 1900;

    /** What the form needs from the services; {@link #of(RapportServices)} in the app. */
    public interface Backend {
        List<ClientSummary> searchClients(String text, int limit);

        /** The client's preferred channel, or null when they have none. */
        Channel preferredChannel(UUID clientId);

        Touchpoint log(Touchpoint touchpoint);

        /** The channel this desk logged its last touchpoint with, or null before the first. */
        default Channel lastLoggedChannel() {
            return null;
        }

        /** Remembers the channel of a touchpoint just logged, for the next one. */
        default void loggedWith(Channel channel) {
        }

        /** The kind of conversation the client's brief suggests now, or null. */
        default ConversationType suggestedConversation(UUID clientId) {
            return null;
        }

        /** Tells the other desks that this desk is on a call with the client until the handle is closed. */
        default AutoCloseable onCall(UUID clientId) {
            return () -> { };
        }

        static Backend of(RapportServices services, LastChannel lastChannel) {
            return new Backend() {
                @Override
                public AutoCloseable onCall(UUID clientId) {
                    return services.presence().onCall(clientId);
                }

                @Override
                public Channel lastLoggedChannel() {
                    return lastChannel.get();
                }

                @Override
                public void loggedWith(Channel channel) {
                    lastChannel.set(channel);
                }

                @Override
                public ConversationType suggestedConversation(UUID clientId) {
                    return services.briefs().brief(clientId).map(brief -> brief.conversation().type()).orElse(null);
                }

                @Override
                public List<ClientSummary> searchClients(String text, int limit) {
                    return services.clients().search(text, limit).clients();
                }

                @Override
                public Channel preferredChannel(UUID clientId) {
                    return services.clients().profile(clientId).map(profile -> profile.client().preferredChannel()).orElse(null);
                }

                @Override
                public Touchpoint log(Touchpoint touchpoint) {
                    return services.touchpoints().log(touchpoint);
                }
            };
        }
    }

    private final Backend backend;
    /** While a client is chosen, the other desks hear that this desk is on a call with them. */
    private AutoCloseable onCall = () -> { };
    private final TaskExecutor background;
    private final Clock clock;
    private final DateTimeText text;

    private final ReadOnlyObjectWrapper<ClientSummary> client = new ReadOnlyObjectWrapper<>(this, "client");
    /** The pending call this log completes, or null. */
    private UUID pendingCallId;
    private final boolean clientFixed;
    private final StringProperty clientQuery = new SimpleStringProperty(this, "clientQuery", "");
    private final ObservableList<ClientSummary> clientMatches = FXCollections.observableArrayList();
    private final ObservableList<ClientSummary> readOnlyMatches = FXCollections.unmodifiableObservableList(clientMatches);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");

    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, "channel", Channel.CALL);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.OUTBOUND);
    private final StringProperty dateText = new SimpleStringProperty(this, "dateText", "");
    private final StringProperty timeText = new SimpleStringProperty(this, "timeText", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final ObjectProperty<Mood> mood = new SimpleObjectProperty<>(this, "mood");
    private final ObjectProperty<ConversationType> conversationType = new SimpleObjectProperty<>(this, "conversationType");
    private boolean conversationChosen;
    private boolean suggestingConversation;
    private final StringProperty followUpText = new SimpleStringProperty(this, "followUpText", "");

    private final ReadOnlyStringWrapper clientError = new ReadOnlyStringWrapper(this, "clientError", "");
    private final ReadOnlyStringWrapper whenError = new ReadOnlyStringWrapper(this, "whenError", "");
    private final ReadOnlyStringWrapper summaryError = new ReadOnlyStringWrapper(this, "summaryError", "");
    private final ReadOnlyStringWrapper followUpError = new ReadOnlyStringWrapper(this, "followUpError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<Touchpoint> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    private boolean triedToSave;
    private boolean whenChecked;
    private boolean followUpChecked;
    private boolean channelChosen;
    private boolean settingDefaults;
    private boolean choosingClient;
    private final Channel lastLogged;
    private final TaskKey searchKey = new TaskKey("client search");
    private final TaskKey channelKey = new TaskKey("preferred channel");
    private final TaskKey conversationKey = new TaskKey("suggested conversation");

    /**
     * A form for {@code preselected} (its client field then cannot change), or for a client still
     * to be found when it is null. "When" starts at the clock's current minute, in its zone.
     */
    public LogTouchpointViewModel(Backend backend, TaskExecutor background, Clock clock, Locale locale, ClientSummary preselected) {
        this.backend = backend;
        this.background = background;
        this.clock = clock;
        this.text = new DateTimeText(locale);
        this.clientFixed = preselected != null;

        // A front desk logs calls all day: the form starts on the channel last logged with here.
        lastLogged = backend.lastLoggedChannel();
        if (lastLogged != null) {
            channel.set(lastLogged);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        dateText.set(text.format(now.toLocalDate()));
        timeText.set(text.format(now.toLocalTime()));

        channel.addListener((observable, before, now2) -> {
            if (!settingDefaults) {
                channelChosen = true;
            }
        });
        conversationType.addListener((observable, before, now2) -> {
            if (!suggestingConversation) {
                conversationChosen = true;
            }
        });
        clientQuery.addListener((observable, before, now2) -> queryChanged(now2));
        client.addListener((observable, before, now2) -> clientChanged(now2));
        // A field's problem is shown once the user has left it (or tried to save), and from then
        // on it follows every keystroke, so it goes away as soon as the field is right.
        dateText.addListener((observable, before, now2) -> whenEdited());
        timeText.addListener((observable, before, now2) -> whenEdited());
        followUpText.addListener((observable, before, now2) -> {
            if (followUpChecked) {
                checkFollowUp();
            }
        });
        summary.addListener((observable, before, now2) -> {
            if (triedToSave) {
                checkSummary();
            }
        });
        if (preselected != null) {
            chooseClient(preselected);
        }
    }

    /**
     * The form for a call that came in at {@code at}: a call, from them, at the minute it rang.
     * Saving completes the pending call {@code pendingCallId} kept when it rang (the touchpoint
     * takes its id, so the call is recorded once); null when none was kept.
     */
    public void answeredCall(Instant at, UUID pendingCallId) {
        this.pendingCallId = pendingCallId;
        channel.set(Channel.CALL);
        direction.set(Direction.INBOUND);
        LocalDateTime rang = LocalDateTime.ofInstant(at, clock.getZone()).truncatedTo(ChronoUnit.MINUTES);
        dateText.set(text.format(rang.toLocalDate()));
        timeText.set(text.format(rang.toLocalTime()));
    }

    // ---- the client

    public ReadOnlyObjectProperty<ClientSummary> clientProperty() {
        return client.getReadOnlyProperty();
    }

    /** True when the form was opened for one client, who cannot be changed. */
    public boolean isClientFixed() {
        return clientFixed;
    }

    /** What is typed in the client field; typing searches and forgets a client chosen before. */
    public StringProperty clientQueryProperty() {
        return clientQuery;
    }

    /** The clients matching the query, best first, at most {@value #MATCHES_SHOWN}. */
    public ObservableList<ClientSummary> clientMatches() {
        return readOnlyMatches;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** Takes this client (from the matches); the query shows their name. */
    public void chooseClient(ClientSummary chosen) {
        if (clientFixed && client.get() != null && !client.get().equals(chosen)) {
            return;
        }
        choosingClient = true;
        try {
            background.drop(searchKey);
            client.set(chosen);
            searching.set(false);
            clientMatches.clear();
            clientQuery.set(chosen == null ? "" : chosen.displayName());
        } finally {
            choosingClient = false;
        }
    }

    private void queryChanged(String query) {
        if (choosingClient || clientFixed) {
            return;
        }
        if (client.get() != null) {
            client.set(null);
        }
        if (query == null || query.isBlank()) {
            background.drop(searchKey);
            clientMatches.clear();
            searching.set(false);
            return;
        }
        searching.set(true);
        background.execute(BackgroundTask.of(() -> backend.searchClients(query, MATCHES_SHOWN)).keyed(searchKey).onSuccess(found -> {
            searching.set(false);
            clientMatches.setAll(found);
        }).onFailure(failure -> {
            searching.set(false);
            clientMatches.clear();
            clientError.set("Could not search your clients: " + Messages.of(failure));
        }));
    }

    private void clientChanged(ClientSummary now) {
        leaveCall();
        if (now != null) {
            onCall = backend.onCall(now.id());
        }
        if (now != null) {
            clientError.set("");
        } else if (triedToSave) {
            clientError.set(CHOOSE_CLIENT);
        }
        suggestConversation(now);
        if (now == null || channelChosen || lastLogged != null) {
            background.drop(channelKey);
            return;
        }
        // Before this desk logged anything, the client's preferred channel is a convenience: without it (on a failure) the form keeps its default.
        background.execute(BackgroundTask.of(() -> backend.preferredChannel(now.id())).keyed(channelKey).onSuccess(preferred -> {
            if (!channelChosen) {
                settingDefaults = true;
                try {
                    channel.set(preferred == null ? Channel.CALL : preferred);
                } finally {
                    settingDefaults = false;
                }
            }
        }));
    }

    /** Pre-fills the kind of conversation the client's brief suggests, unless the user chose one. */
    private void suggestConversation(ClientSummary now) {
        if (now == null || conversationChosen) {
            background.drop(conversationKey);
            return;
        }
        // A suggestion only: without it (on a failure) the field stays empty.
        background.execute(BackgroundTask.of(() -> backend.suggestedConversation(now.id())).keyed(conversationKey).onSuccess(suggested -> {
            if (!conversationChosen) {
                suggestingConversation = true;
                try {
                    conversationType.set(suggested);
                } finally {
                    suggestingConversation = false;
                }
            }
        }));
    }

    // ---- the touchpoint

    /** The kind of conversation it was; pre-filled from the brief, null when not recorded. */
    public ObjectProperty<ConversationType> conversationTypeProperty() {
        return conversationType;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    /** The day it happened, as typed (the locale's short date with the year in full). */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** The time it happened, as typed. */
    public StringProperty timeTextProperty() {
        return timeText;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    /** The client's mood; null when not recorded. */
    public ObjectProperty<Mood> moodProperty() {
        return mood;
    }

    /** The follow-up day as typed; empty for none. */
    public StringProperty followUpTextProperty() {
        return followUpText;
    }

    // ---- what the form says

    public ReadOnlyStringProperty clientErrorProperty() {
        return clientError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whenErrorProperty() {
        return whenError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryErrorProperty() {
        return summaryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty followUpErrorProperty() {
        return followUpError.getReadOnlyProperty();
    }

    /** A problem that belongs to no single field, such as a failed save. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The touchpoint as stored, once a save succeeded; null until then. */
    public ReadOnlyObjectProperty<Touchpoint> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    // ---- dates as the user types them

    String formatDate(LocalDate value) {
        return text.format(value);
    }

    /**
     * The date in {@code typed}, or null when it is not a date the form takes (the error says
     * why): a year before 1900 is taken for a year typed short.
     */
    LocalDate parseDateOrNull(String typed) {
        try {
            LocalDate parsed = text.parseDate(typed, today());
            return parsed.getYear() < MIN_YEAR ? null : parsed;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The form closed (saved or not): the other desks no longer hear that this desk is on a call. */
    public void closed() {
        leaveCall();
    }

    private void leaveCall() {
        try {
            onCall.close();
        } catch (Exception e) {
            // presence is a courtesy to the other desks; it never stands in the way of logging
        }
        onCall = () -> { };
    }

    /** The user left the date or time field: say now if it is not a date and time. */
    public void leftWhen() {
        whenChecked = true;
        checkWhen();
    }

    /** The user left the follow-up field: say now if it is not a day, or before the touchpoint. */
    public void leftFollowUp() {
        followUpChecked = true;
        checkFollowUp();
    }

    private void whenEdited() {
        if (whenChecked) {
            checkWhen();
        } else if (followUpChecked) {
            checkFollowUp();
        }
    }

    // ---- saving

    /**
     * Checks the form and, when it holds together, saves it in the background. Returns false when
     * something must be fixed first (each problem is shown next to its field) or a save is
     * already under way.
     */
    public boolean save() {
        if (saving.get() || saved.get() != null) {
            return false;
        }
        triedToSave = true;
        whenChecked = true;
        followUpChecked = true;
        formError.set("");
        boolean clientOk = checkClient();
        Instant when = checkWhen();
        boolean summaryOk = checkSummary();
        LocalDate followUp = checkFollowUp();
        boolean followUpOk = followUpError.get().isEmpty();
        if (!clientOk || when == null || !summaryOk || !followUpOk) {
            formError.set("Please fix what is marked, then save again.");
            return false;
        }
        String outcomeText = outcome.get() == null || outcome.get().isBlank() ? null : outcome.get().strip();
        Touchpoint touchpoint = new Touchpoint(pendingCallId != null ? pendingCallId : Ids.next(), client.get().id(), when, channel.get(), direction.get(),
                summary.get().strip(), outcomeText, mood.get(), followUp, conversationType.get());
        saving.set(true);
        background.run(() -> backend.log(touchpoint), stored -> {
            saving.set(false);
            backend.loggedWith(touchpoint.channel());
            saved.set(stored == null ? touchpoint : stored);
        }, failure -> {
            saving.set(false);
            showFailure(failure);
        });
        return true;
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            StringBuilder rest = new StringBuilder();
            for (FieldProblem problem : invalid.problems()) {
                ReadOnlyStringWrapper target = errorFor(problem.field());
                if (target == null) {
                    rest.append(rest.length() == 0 ? "" : " ").append(problem.message());
                } else {
                    target.set(problem.message());
                }
            }
            formError.set(rest.length() == 0 ? "Nothing was saved: please fix what is marked." : "Nothing was saved: " + rest);
        } else {
            formError.set("Nothing was saved: " + Messages.of(failure));
        }
    }

    private ReadOnlyStringWrapper errorFor(String field) {
        if (field == null) {
            return null;
        }
        String name = field.toLowerCase(Locale.ROOT).replace("_", "");
        if (name.contains("follow")) {
            return followUpError;
        }
        if (name.contains("summary")) {
            return summaryError;
        }
        if (name.contains("client")) {
            return clientError;
        }
        if (name.contains("occurred") || name.equals("when") || name.contains("time") || name.contains("date")) {
            return whenError;
        }
        return null;
    }

    private boolean checkClient() {
        boolean ok = client.get() != null;
        clientError.set(ok ? "" : CHOOSE_CLIENT);
        return ok;
    }

    private boolean checkSummary() {
        boolean ok = summary.get() != null && !summary.get().isBlank();
        summaryError.set(ok ? "" : SUMMARY_REQUIRED);
        return ok;
    }

    /** The instant typed in the date and time fields, or null (with the reason shown). */
    private Instant checkWhen() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day;
        LocalTime time;
        try {
            day = text.parseDate(dateText.get(), now.toLocalDate());
            time = text.parseTime(timeText.get(), now.toLocalTime());
        } catch (IllegalArgumentException e) {
            whenError.set(e.getMessage());
            return null;
        }
        if (day.getYear() < MIN_YEAR) {
            whenError.set(yearInFull());
            return null;
        }
        Instant when = day.atTime(time).atZone(clock.getZone()).toInstant();
        if (when.isAfter(clock.instant().plus(FUTURE_ALLOWED))) {
            whenError.set("That is more than a day from now; log a touchpoint once it has happened.");
            return null;
        }
        whenError.set("");
        if (followUpChecked) {
            checkFollowUp(day);
        }
        return when;
    }

    private LocalDate checkFollowUp() {
        LocalDate day = null;
        try {
            day = text.parseDate(dateText.get(), today());
        } catch (IllegalArgumentException e) {
            // the date's own error is shown next to it
        }
        return checkFollowUp(day);
    }

    private LocalDate checkFollowUp(LocalDate touchpointDay) {
        String typed = followUpText.get();
        if (typed == null || typed.isBlank()) {
            followUpError.set("");
            return null;
        }
        LocalDate followUp;
        try {
            followUp = text.parseDate(typed, today().plusWeeks(2));
        } catch (IllegalArgumentException e) {
            followUpError.set(e.getMessage());
            return null;
        }
        if (followUp.getYear() < MIN_YEAR) {
            followUpError.set(yearInFull());
            return null;
        }
        if (touchpointDay != null && followUp.isBefore(touchpointDay)) {
            followUpError.set("The follow-up cannot be before the touchpoint (" + text.format(touchpointDay) + ").");
            return null;
        }
        followUpError.set("");
        return followUp;
    }

    private String yearInFull() {
        return "Type the year in full, like " + text.format(today()) + ".";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
