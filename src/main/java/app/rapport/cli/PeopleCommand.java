package app.rapport.cli;

import app.rapport.domain.Person;
import app.rapport.service.RapportServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** `rapport people`: who works at the desks of this book; each desk then says which of them is working. */
@Command(name = "people", description = {"List the people who work at the desks of this book.",
        "Each desk says which of them is working; what they write carries their name."})
final class PeopleCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (RapportServices services = RapportServices.open(parent.location())) {
            List<Person> people = services.people().people();
            if (people.isEmpty()) {
                out.println("Nobody is listed yet. Add the people who work here with: rapport people add NAME");
            }
            people.forEach(person -> out.println(person.name()));
        }
        return 0;
    }

    @Command(name = "add", description = "Add someone to the list of people who work at this book.")
    int add(@Parameters(paramLabel = "NAME", description = "Their name, as the timeline shows it (\"Ana\").") String name) {
        try (RapportServices services = RapportServices.open(parent.location())) {
            Person added = services.people().add(name);
            spec.commandLine().getOut().println("Added " + added.name() + ".");
        }
        return 0;
    }
}
