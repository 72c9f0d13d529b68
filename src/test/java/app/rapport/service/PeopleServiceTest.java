package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Person;
import app.rapport.domain.Purchase;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.change.Change;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The people of a book, and what each of them writes carries their name on the timeline and in the change log. */
class PeopleServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private RapportServices services;
    private Client anna;

    @BeforeEach
    void open() {
        services = RapportServices.open(TestStores.location(folder, "people"), new TestClock(NOW));
        anna = services.clients().save(ClientBuilder.person("Anna", "Berg").build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void peopleAreListedByNameAndTheSameNameIsOnePerson() {
        services.people().add("Bo");
        services.people().add(" Ana ");

        assertThat(services.people().people()).extracting(Person::name).containsExactly("Ana", "Bo");
        assertThatThrownBy(() -> services.people().add("ana")).isInstanceOf(ValidationException.class)
                .hasMessage("ana is already on the list.");
        assertThatThrownBy(() -> services.people().add("  ")).isInstanceOf(ValidationException.class)
                .hasMessage("Write the person's name.");
        assertThat(services.people().people()).hasSize(2);
    }

    @Test
    void whatAnaWritesIsHersOnTheTimelineAndInTheChangeLog() {
        services.people().add("Ana");
        services.people().add("Bo");
        services.workAs(services.people().listedName("ana"));
        Touchpoint call = services.touchpoints().log(new Touchpoint(null, anna.id(), NOW.minusSeconds(600), Channel.CALL, Direction.INBOUND,
                "Asked about the colour appointment", null, null, null));
        services.notes().add(anna.id(), "Prefers mornings", false);
        services.workAs("Bo");
        services.purchases().save(new Purchase(null, anna.id(), null, "Colour and cut", LocalDate.of(2026, 5, 10),
                new BigDecimal("85.00"), null, null));
        services.opportunities().save(new Opportunity(null, anna.id(), OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, null, null,
                "Wants a gift voucher for her sister", LocalDate.of(2026, 5, 12), null));

        List<TimelineEntry> timeline = services.touchpoints().timeline(anna.id(), Set.of(), Set.of());
        assertThat(timeline).extracting(TimelineEntry::kind, TimelineEntry::byline).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(TimelineKind.TOUCHPOINT, "Ana logged a call"),
                org.assertj.core.groups.Tuple.tuple(TimelineKind.NOTE, "Ana added a note"),
                org.assertj.core.groups.Tuple.tuple(TimelineKind.PURCHASE, "Bo recorded a purchase"),
                org.assertj.core.groups.Tuple.tuple(TimelineKind.OPPORTUNITY, "Bo recorded an opportunity"));
        assertThat(services.changes().since(0, anna.id(), 100)).filteredOn(change -> change.entity().equals("touchpoint"))
                .filteredOn(change -> change.operation() == Change.Operation.INSERT)
                .singleElement().satisfies(change -> assertThat(change.author()).isEqualTo("Ana"));
        assertThat(call.id()).isNotNull();
    }

    @Test
    void aBookUsedByOnePersonNamesNobodyOnTheTimeline() {
        services.notes().add(anna.id(), "Prefers mornings", false);

        assertThat(services.touchpoints().timeline(anna.id(), Set.of(), Set.of())).singleElement()
                .satisfies(entry -> assertThat(entry.byline()).isEmpty());
    }

    @Test
    void aBookWithPeopleRefusesANameNotOnItsListAndSaysWhoIs() {
        assertThat(services.people().listedName("Whoever")).as("a book with no list takes any name").isEqualTo("Whoever");
        services.people().add("Ana");
        services.people().add("Bo");

        assertThat(services.people().listedName("BO")).isEqualTo("Bo");
        assertThatThrownBy(() -> services.people().listedName("Cleo")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Nobody called \u201cCleo\u201d works at this book; the people are Ana, Bo.");
    }
}
