package app.rapport.store;

import app.rapport.domain.Person;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.rapport.store.jooq.Tables.PERSON;

/** The people who work at the desks of a book (team mode). */
public final class PersonRepository {
    private final DSLContext dsl;

    public PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Everyone, by name. */
    public List<Person> all() {
        return dsl.select(PERSON.ID, PERSON.NAME).from(PERSON).orderBy(PERSON.NAME_KEY)
                .fetch(row -> new Person(row.value1(), row.value2()));
    }

    /** The person of that name, however it is capitalised. */
    public Optional<Person> named(String name) {
        return dsl.select(PERSON.ID, PERSON.NAME).from(PERSON).where(PERSON.NAME_KEY.eq(Person.key(name)))
                .fetchOptional(row -> new Person(row.value1(), row.value2()));
    }

    public void insert(Person person, Instant createdAt) {
        dsl.insertInto(PERSON).set(PERSON.ID, person.id()).set(PERSON.NAME, person.name())
                .set(PERSON.NAME_KEY, Person.key(person.name())).set(PERSON.CREATED_AT, createdAt).execute();
    }
}
