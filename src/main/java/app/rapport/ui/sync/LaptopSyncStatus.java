package app.rapport.ui.sync;

import app.rapport.service.ChangeService;
import app.rapport.service.LaptopService;
import app.rapport.ui.Messages;
import app.rapport.ui.task.TaskExecutor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A field laptop's sync, in the status bar's corner: "Offline · 14 changes waiting",
 * "Syncing 340 of 1,200…", "Up to date · 2 min ago". A round starts when the window opens, every
 * few minutes while the server answers, and every half minute while it does not (so the laptop
 * syncs soon after a network appears). A server that refuses the login or this laptop is not asked
 * again on its own: the menu says why and offers to sign in. The password typed there is kept in
 * memory for this window only.
 */
public final class LaptopSyncStatus implements AutoCloseable {
    static final java.time.Duration ROUND_EVERY = java.time.Duration.ofMinutes(3);
    private static final Duration TICK = Duration.seconds(30);

    /** What the window does for the status: open the Conflicts list, ask for the server's password. */
    public interface Actions {
        void showConflicts();

        void askPassword(Consumer<char[]> typed);
    }

    private enum State { STARTING, SYNCING, UP_TO_DATE, OFFLINE, STOPPED }

    private final LaptopService laptops;
    private final TaskExecutor background;
    private final Clock clock;
    private final Actions actions;
    private final MenuButton node = new MenuButton();
    private final Timeline ticks;
    private final AutoCloseable changes;
    private final AtomicBoolean countScheduled = new AtomicBoolean();
    private State state = State.STARTING;
    private Instant lastSynced;
    private int waiting;
    private int conflicts;
    private int done;
    private int total;
    private String problem;
    private char[] password;
    /** The saved segment this laptop holds, or null for the whole book. */
    private LaptopService.Territory territory;
    private boolean roundAgain;

    public LaptopSyncStatus(LaptopService laptops, ChangeService changeService, TaskExecutor background, Clock clock, Actions actions) {
        this.laptops = laptops;
        this.background = background;
        this.clock = clock;
        this.actions = actions;
        node.setId("sync-status");
        node.getStyleClass().addAll("flat", "small");
        MenuItem syncNow = new MenuItem("Sync now");
        syncNow.setId("sync-now");
        syncNow.setOnAction(event -> syncNow());
        MenuItem conflictsItem = new MenuItem("Conflicts\u2026");
        conflictsItem.setId("sync-conflicts");
        conflictsItem.setOnAction(event -> actions.showConflicts());
        MenuItem signIn = new MenuItem("Sign in to the team server\u2026");
        signIn.setId("sync-sign-in");
        signIn.setOnAction(event -> actions.askPassword(typed -> {
            Arrays.fill(password == null ? new char[0] : password, '\0');
            password = typed;
            syncNow();
        }));
        node.getItems().addAll(syncNow, conflictsItem, new SeparatorMenuItem(), signIn);
        ticks = new Timeline(new KeyFrame(TICK, event -> tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        // a burst of changes (an import) is counted once
        changes = changeService.subscribe(batch -> {
            if (countScheduled.compareAndSet(false, true)) {
                Platform.runLater(this::recountWaiting);
            }
        });
        show();
    }

    /** The status bar's node. */
    public MenuButton node() {
        return node;
    }

    /** Reads the link and starts the first round; then keeps syncing on its own. */
    public void start() {
        background.run(() -> new Opening(laptops.link().orElse(null), laptops.territory().orElse(null)), opening -> {
            LaptopService.Link link = opening.link();
            territory = opening.territory();
            if (link != null) {
                lastSynced = link.syncedAt();
                waiting = link.waiting();
            }
            show();
            syncNow();
            ticks.play();
        }, this::stopped);
    }

    private record Opening(LaptopService.Link link, LaptopService.Territory territory) {
    }

    /** Starts a round now, unless one runs. */
    public void syncNow() {
        if (state == State.SYNCING) {
            roundAgain = true; // asked for while a round runs (the password just typed): one more round after it
            return;
        }
        state = State.SYNCING;
        done = 0;
        total = 0;
        show();
        char[] login = password == null ? null : password.clone();
        background.run(() -> {
            LaptopService.SyncRound round = laptops.sync(login, (doneSoFar, all) -> Platform.runLater(() -> progress(doneSoFar, all)));
            return new Outcome(round, laptops.conflicts().size(), laptops.territory().orElse(null));
        }, this::finished, this::stopped);
    }

    private record Outcome(LaptopService.SyncRound round, int openConflicts, LaptopService.Territory territory) {
    }

    private void progress(int doneSoFar, int all) {
        if (state == State.SYNCING) {
            done = doneSoFar;
            total = all;
            show();
        }
    }

    private void finished(Outcome outcome) {
        LaptopService.SyncRound round = outcome.round();
        conflicts = outcome.openConflicts();
        territory = outcome.territory();
        problem = round.offline() ? round.problem() : null;
        if (round.offline()) {
            state = State.OFFLINE;
            waiting = round.waiting();
        } else {
            state = State.UP_TO_DATE;
            lastSynced = clock.instant();
            waiting = 0;
        }
        node.setUserData(round.sentence());
        show();
        againIfAsked();
    }

    private void stopped(Throwable failure) {
        state = State.STOPPED;
        problem = Messages.of(failure);
        show();
        againIfAsked();
    }

    private void againIfAsked() {
        if (roundAgain) {
            roundAgain = false;
            syncNow();
        }
    }

    private void recountWaiting() {
        countScheduled.set(false);
        background.run(this::readWaiting, count -> {
            if (state != State.SYNCING) {
                waiting = count;
                show();
            }
        }, failure -> { });
    }

    private int readWaiting() {
        return laptops.link().map(LaptopService.Link::waiting).orElse(0);
    }

    private void tick() {
        boolean due = switch (state) {
            case OFFLINE -> true;
            case UP_TO_DATE -> lastSynced == null || !lastSynced.plus(ROUND_EVERY).isAfter(clock.instant());
            default -> false;
        };
        if (due) {
            syncNow();
        } else {
            show();
        }
    }

    /** What the corner says now. */
    public String text() {
        return node.getText();
    }

    private void show() {
        String text = switch (state) {
            case STARTING -> "Sync: starting\u2026";
            case SYNCING -> total > 0 ? String.format(Locale.ROOT, "Syncing %,d of %,d\u2026", done, total) : "Syncing\u2026";
            case UP_TO_DATE -> "Up to date \u00b7 " + ago(lastSynced) + changesWaiting(" \u00b7 ");
            case OFFLINE -> "Offline \u00b7 " + (waiting == 0 ? "nothing waiting" : count(waiting, "change") + " waiting");
            case STOPPED -> "Not syncing \u00b7 see why";
        };
        if (conflicts > 0 && state != State.SYNCING) {
            text += " \u00b7 " + count(conflicts, "conflict");
        }
        if (territory != null) {
            text = territory.counts() + " \u00b7 " + text;
        }
        node.setText(text);
        List<String> why = new java.util.ArrayList<>();
        if (territory != null) {
            why.add(territory.sentence() + ".");
        }
        if (state == State.OFFLINE && problem != null) {
            why.add("The team server cannot be reached: " + problem);
            why.add("Your changes are kept here and sent at the next sync.");
        } else if (state == State.STOPPED) {
            why.add(problem);
        } else if (node.getUserData() != null) {
            why.add("Last sync: " + node.getUserData());
        }
        node.setTooltip(why.isEmpty() ? null : new Tooltip(String.join("\n", why)));
    }

    private String changesWaiting(String separator) {
        return waiting == 0 ? "" : separator + count(waiting, "change") + " waiting";
    }

    private String ago(Instant then) {
        if (then == null) {
            return "never synced";
        }
        long minutes = java.time.Duration.between(then, clock.instant()).toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " h ago" : hours / 24 + " days ago";
    }

    private static String count(int n, String thing) {
        return String.format(Locale.ROOT, "%,d %s%s", n, thing, n == 1 ? "" : "s");
    }

    @Override
    public void close() {
        ticks.stop();
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        try {
            changes.close();
        } catch (Exception e) {
            // the feed is closing with the store; nothing is left to hear
        }
    }
}
