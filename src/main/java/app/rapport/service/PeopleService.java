package app.rapport.service;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.Person;
import app.rapport.store.PersonRepository;
import app.rapport.store.Store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The short list of people who work at the desks of this book, and who is working at this one:
 * what they log, note or record, and every change they make, carries their name.
 */
public final class PeopleService {
    private final Store store;
    private final Clock clock;

    PeopleService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Everyone on the list, by name. */
    public List<Person> people() {
        return new PersonRepository(store.dsl()).all();
    }

    /** The person of that name, however it is capitalised or spaced. */
    public Optional<Person> named(String name) {
        return new PersonRepository(store.dsl()).named(name);
    }

    /** Adds someone to the list; a blank, too long or already listed name is a {@link ValidationException}. */
    public Person add(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw problem("Write the person's name.");
        }
        if (clean.length() > RapportServices.PERSON_MAX) {
            throw problem("The name is too long: " + clean.length() + " characters, at most " + RapportServices.PERSON_MAX + ".");
        }
        return store.inTransaction(dsl -> {
            PersonRepository people = new PersonRepository(dsl);
            if (people.named(clean).isPresent()) {
                throw problem(clean + " is already on the list.");
            }
            Person person = new Person(Ids.next(), clean);
            people.insert(person, clock.instant());
            return person;
        });
    }

    /** Who this desk works as now (the author of what it writes). */
    public String workingNow() {
        return store.author();
    }

    /**
     * The listed person called {@code name}, as the list spells it. A book whose list is empty
     * accepts any name (one person, or a script that names its source); otherwise an unknown name
     * is a {@link ValidationException} that says who is on the list.
     */
    public String listedName(String name) {
        List<Person> everyone = people();
        if (everyone.isEmpty()) {
            return name == null ? null : name.strip();
        }
        return everyone.stream().filter(person -> person.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst()
                .map(Person::name)
                .orElseThrow(() -> new ValidationException(List.of(new FieldProblem("person", "Nobody called \u201c" + (name == null ? "" : name.strip())
                        + "\u201d works at this book; the people are " + everyone.stream().map(Person::name).collect(Collectors.joining(", "))
                        + ". Add them first with: rapport people add NAME"))));
    }

    private static ValidationException problem(String message) {
        return new ValidationException(List.of(new FieldProblem("name", message)));
    }
}
