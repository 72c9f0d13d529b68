package app.rapport.ui.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every view relies on when it hands work to the executor, without an FX toolkit. */
class TaskExecutorTest {
    private final List<String> heard = new ArrayList<>();

    @Test
    void theSameThreadExecutorAnswersAtOnceAfterSayingItRuns() {
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of(() -> "answer")
                .onRunning(() -> heard.add("running"))
                .onSuccess(answer -> heard.add("success: " + answer))
                .onFailure(failure -> heard.add("failure")));

        assertThat(heard).containsExactly("running", "success: answer");
    }

    @Test
    void aFailureReachesOnFailureWithItsMessageEvenWhenChecked() {
        TaskExecutor executor = new CurrentThreadTaskExecutor();
        executor.run(() -> {
            throw new IOException("The disk is full");
        }, answer -> heard.add("success"), failure -> heard.add(failure.getMessage()));

        assertThat(heard).containsExactly("The disk is full");
    }

    @Test
    void aLaterTaskUnderTheSameKeyDropsTheEarlierOnesAnswerWhateverOrderTheyEnd() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TaskKey search = new TaskKey("search");
        executor.execute(BackgroundTask.of(() -> "an").keyed(search).onSuccess(heard::add));
        executor.execute(BackgroundTask.of(() -> "anna").keyed(search).onSuccess(heard::add));

        executor.runNewestFirst();

        assertThat(heard).containsExactly("anna");
    }

    @Test
    void aSupersededTaskThatHasNotStartedDoesNoWork() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TaskKey search = new TaskKey("search");
        executor.execute(BackgroundTask.of(() -> heard.add("first worked")).keyed(search));
        executor.execute(BackgroundTask.of(() -> heard.add("second worked")).keyed(search));

        executor.runAll();

        assertThat(heard).containsExactly("second worked");
    }

    @Test
    void aSupersededTaskSaysNothingAtAllNotEvenThatItFailed() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TaskKey load = new TaskKey("load");
        BackgroundTask<String> first = executor.execute(BackgroundTask.<String>of(() -> {
            throw new IllegalStateException("old");
        }).keyed(load).onFailure(failure -> heard.add(failure.getMessage())));
        executor.execute(BackgroundTask.of(() -> "new").keyed(load).onSuccess(heard::add));

        executor.runAll();

        assertThat(heard).containsExactly("new");
        assertThat(first.isCancelled()).isTrue();
    }

    @Test
    void tasksUnderOtherKeysOrNoKeyAllAnswer() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        executor.execute(BackgroundTask.of(() -> "tags").keyed(new TaskKey("tags")).onSuccess(heard::add));
        executor.execute(BackgroundTask.of(() -> "clients").keyed(new TaskKey("clients")).onSuccess(heard::add));
        executor.execute(BackgroundTask.of(() -> "save").onSuccess(heard::add));
        executor.execute(BackgroundTask.of(() -> "save again").onSuccess(heard::add));

        executor.runNewestFirst();

        assertThat(heard).containsExactly("save again", "save", "clients", "tags");
    }

    @Test
    void droppingAKeyLeavesItsTaskUnanswered() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TaskKey profile = new TaskKey("profile");
        executor.execute(BackgroundTask.of(() -> "Anna's profile").keyed(profile).onSuccess(heard::add));

        executor.drop(profile);
        executor.runAll();

        assertThat(heard).isEmpty();
    }

    @Test
    void anAnswerAlreadyDeliveredLeavesTheKeyFreeForTheNext() {
        TaskExecutor executor = new CurrentThreadTaskExecutor();
        TaskKey key = new TaskKey("count");
        executor.execute(BackgroundTask.of(() -> 1).keyed(key).onSuccess(n -> heard.add("count " + n)));
        executor.execute(BackgroundTask.of(() -> 2).keyed(key).onSuccess(n -> heard.add("count " + n)));

        assertThat(heard).containsExactly("count 1", "count 2");
    }

    @Test
    void progressShowsTheLatestMessageAndFraction() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        BackgroundTask<Integer> task = executor.execute(BackgroundTask.withProgress(progress -> {
            progress.update(1, 4, "Reading row 1");
            progress.update(3, 4, "Reading row 3");
            return 4;
        }));
        assertThat(task.progressProperty().get()).isEqualTo(BackgroundTask.INDETERMINATE);

        executor.runAll();

        assertThat(task.messageProperty().get()).isEqualTo("Reading row 3");
        assertThat(task.progressProperty().get()).isEqualTo(0.75);
    }

    @Test
    void aCancelReachesTheWorkWhichEndsWithItsOwnMessage() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        BackgroundTask<String> task = executor.execute(BackgroundTask.<String>withProgress(progress -> {
            if (progress.isCancelled()) {
                throw new CancellationException("Backup cancelled; no backup file was written.");
            }
            return "backed up";
        }).onSuccess(heard::add).onFailure(failure -> heard.add(failure.getMessage())));

        assertThat(task.cancel()).isTrue();
        executor.runAll();

        assertThat(heard).containsExactly("Backup cancelled; no backup file was written.");
    }

    /**
     * The user's Cancel (on the FX thread) and the work passing its point of no return (in the
     * background) meet in every order: each cancel the task accepted is one the work sees after
     * that point, and every other one is refused, so none is accepted and then ignored.
     */
    @Test
    void aCancelRacingThePointOfNoReturnIsSeenByTheWorkOrRefusedNeverLost() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 10_000; round++) {
                CountDownLatch go = new CountDownLatch(1);
                BackgroundTask<Boolean> task = BackgroundTask.withProgress(progress -> {
                    go.await();
                    progress.pointOfNoReturn();
                    return progress.isCancelled();
                });
                task.start(Runnable::run);
                Future<Boolean> seen = worker.submit(task::call);
                go.countDown();
                boolean accepted = task.cancel();
                assertThat(seen.get()).as("whether the work saw the cancel, round %d", round).isEqualTo(accepted);
            }
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void pastThePointOfNoReturnACancelIsRefusedAndTheWorkAnswers() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        List<BackgroundTask<String>> running = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.<String>withProgress(progress -> {
            progress.pointOfNoReturn();
            heard.add("cancel accepted: " + running.get(0).cancel());
            return progress.isCancelled() ? "cancelled" : "restored";
        }).onSuccess(heard::add);
        running.add(task);

        executor.execute(task);

        assertThat(heard).containsExactly("cancel accepted: false", "restored");
        assertThat(task.cancellableProperty().get()).isFalse();
    }

    @Test
    void aTaskRunsOnce() {
        TaskExecutor executor = new CurrentThreadTaskExecutor();
        BackgroundTask<String> task = executor.execute(BackgroundTask.of(() -> "once"));

        assertThatThrownBy(() -> executor.execute(task)).isInstanceOf(IllegalStateException.class);
    }
}
