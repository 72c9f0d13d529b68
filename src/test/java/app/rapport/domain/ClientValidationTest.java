package app.rapport.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void aCompleteClientHasNoProblems() {
        assertThat(ClientValidation.problems(client("Anna Berg", List.of("+46 70 123 45 67"), List.of("anna@example.org")), TODAY))
                .isEmpty();
    }

    @Test
    void aClientNeedsAName() {
        assertThat(fields(client("  ", List.of(), List.of()))).containsExactly("displayName");
        assertThat(ClientValidation.problems(client("", List.of(), List.of()), TODAY).get(0).message()).contains("name");
    }

    @Test
    void eachEmailMustLookLikeAnEmailAndIsNamedByItsPlace() {
        List<FieldProblem> problems = ClientValidation.problems(client("Anna Berg", List.of(),
                List.of("anna@example.org", "anna@", "anna berg@example.org", "@example.org", "a@b@example.org", "anna@example", "anna@ex..org")), TODAY);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("emails[1]", "emails[2]", "emails[3]", "emails[4]", "emails[5]", "emails[6]");
        assertThat(problems.get(0).message()).isEqualTo("Email 2 is not an email address: 'anna@'");
    }

    @Test
    void anEmptyEmailOrPhoneLineIsReported() {
        assertThat(fields(client("Anna Berg", List.of(" "), List.of("")))).containsExactly("phones[0]", "emails[0]");
    }

    @Test
    void eachPhoneNeedsAtLeastThreeDigits() {
        List<FieldProblem> problems = ClientValidation.problems(client("Anna Berg", List.of("112", "ext. 12", "(0)"), List.of()), TODAY);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("phones[1]", "phones[2]");
        assertThat(problems.get(0).message()).contains("Phone 2", "ext. 12");
    }

    @Test
    void aBirthdayIsNeitherInTheFutureNorBefore1900() {
        assertThat(fields(withBirthday(TODAY))).isEmpty();
        assertThat(fields(withBirthday(LocalDate.of(1900, 1, 1)))).isEmpty();
        assertThat(fields(withBirthday(TODAY.plusDays(1)))).containsExactly("birthday");
        assertThat(fields(withBirthday(LocalDate.of(1899, 12, 31)))).containsExactly("birthday");
    }

    @Test
    void tagsAreNeitherBlankNorLongerThanTheColumn() {
        Client client = new Client(null, ClientKind.PERSON, null, null, "Anna", null, null, List.of(), List.of(), null, null,
                null, null, List.of("vip", " ", "x".repeat(101), "y".repeat(100)), Map.of(), null, null, null);
        assertThat(fields(client)).containsExactly("tags[1]", "tags[2]");
    }

    @Test
    void customFieldsNeedANameThatIsUsedOnce() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Shoe size", "39");
        fields.put("", "orphan");
        fields.put("Shoe size ", "40");
        fields.put("Notes", "n".repeat(2001));
        Client client = new Client(null, ClientKind.PERSON, null, null, "Anna", null, null, List.of(), List.of(), null, null,
                null, null, List.of(), fields, null, null, null);
        assertThat(fields(client)).containsExactly("customFields[1]", "customFields[2]", "customFields[3]");
    }

    @Test
    void textLongerThanItsColumnIsReportedWithItsLength() {
        Client client = new Client(null, ClientKind.PERSON, "f".repeat(201), "Berg", "Anna Berg", null, null, List.of(), List.of(),
                new Address("s".repeat(401), "1".repeat(41), "Uppsala", null, "c".repeat(201)), null, "w".repeat(201), null,
                List.of(), Map.of(), null, null, null);
        List<FieldProblem> problems = ClientValidation.problems(client, TODAY);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("firstName", "source", "address.street", "address.postalCode", "address.country");
        assertThat(problems.get(0).message()).isEqualTo("The first name is too long: 201 characters, at most 200.");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Client client = new Client(null, ClientKind.PERSON, null, null, "", null, null, List.of(new ContactPoint("mobile", "12")),
                List.of(new ContactPoint("work", "nope")), null, TODAY.plusYears(1), null, null, List.of(""), Map.of(), null, null, null);
        assertThat(fields(client)).containsExactly("displayName", "phones[0]", "emails[0]", "birthday", "tags[0]");
    }

    private static List<String> fields(Client client) {
        return ClientValidation.problems(client, TODAY).stream().map(FieldProblem::field).toList();
    }

    private static Client withBirthday(LocalDate birthday) {
        return new Client(null, ClientKind.PERSON, "Anna", null, "Anna", null, null, List.of(), List.of(), null, birthday,
                null, null, List.of(), Map.of(), null, null, null);
    }

    private static Client client(String displayName, List<String> phones, List<String> emails) {
        return new Client(null, ClientKind.PERSON, null, null, displayName, null, null,
                phones.stream().map(p -> new ContactPoint("mobile", p)).toList(),
                emails.stream().map(e -> new ContactPoint("home", e)).toList(),
                null, null, null, null, List.of(), Map.of(), Instant.EPOCH, Instant.EPOCH, null);
    }
}
