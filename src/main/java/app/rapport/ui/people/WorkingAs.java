package app.rapport.ui.people;

import app.rapport.domain.Person;
import app.rapport.service.PeopleService;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Working as Ana" in the status bar: who works at this desk now, chosen from the book's people
 * and remembered on this computer. What the desk writes from then on carries that name.
 */
public final class WorkingAs extends MenuButton {
    private final PeopleService people;
    private final TaskExecutor background;
    private final Supplier<String> remembered;
    private final Consumer<String> remember;
    private final Consumer<String> workAs;
    private final Consumer<String> report;
    private final MenuItem addSomeone = new MenuItem("Someone new\u2026");

    /**
     * {@code remembered}/{@code remember} keep the name on this computer; {@code workAs} makes the
     * desk's writes theirs; {@code report} shows a sentence in the status bar.
     */
    public WorkingAs(PeopleService people, TaskExecutor background, Supplier<String> remembered, Consumer<String> remember,
                     Consumer<String> workAs, Consumer<String> report) {
        this.people = people;
        this.background = background;
        this.remembered = remembered;
        this.remember = remember;
        this.workAs = workAs;
        this.report = report;
        setId("working-as");
        getStyleClass().add("flat");
        addSomeone.setId("add-person");
        addSomeone.setOnAction(event -> addSomeone());
        show(null);
        background.run(people::people, this::start, failure -> report.accept("Could not read the book's people: " + failure.getMessage()));
    }

    /** Whether this desk's login may add people to the list (a desk login may not). */
    public void allowAdding(boolean allowed) {
        addSomeone.setDisable(!allowed);
    }

    private void start(List<Person> everyone) {
        String name = remembered.get();
        String listed = name == null ? null : everyone.stream().map(Person::name).filter(name::equalsIgnoreCase).findFirst().orElse(null);
        if (listed != null) {
            workAs.accept(listed);
        }
        fill(everyone, listed);
    }

    private void fill(List<Person> everyone, String current) {
        getItems().clear();
        for (Person person : everyone) {
            MenuItem choice = new MenuItem(person.name());
            choice.setOnAction(event -> choose(everyone, person.name()));
            getItems().add(choice);
        }
        if (!everyone.isEmpty()) {
            getItems().add(new SeparatorMenuItem());
        }
        getItems().add(addSomeone);
        show(current);
    }

    private void choose(List<Person> everyone, String name) {
        workAs.accept(name);
        remember.accept(name);
        fill(everyone, name);
        report.accept("Working as " + name + ": what you log and change now carries the name " + name + ".");
    }

    private void show(String current) {
        setText(current == null ? "Who is working?" : "Working as " + current);
    }

    private void addSomeone() {
        TextInputDialog ask = new TextInputDialog();
        Window owner = getScene() == null ? null : getScene().getWindow();
        ask.initOwner(owner);
        ask.setTitle("Someone new");
        ask.setHeaderText("Who works at the desks of this book?");
        ask.setContentText("Name:");
        ask.showAndWait().ifPresent(name -> background.run(() -> {
            Person added = people.add(name);
            return new Added(added, people.people());
        }, added -> choose(added.everyone(), added.person().name()), failure -> report.accept(failure.getMessage())));
    }

    private record Added(Person person, List<Person> everyone) {
    }
}
