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
        Client client = ClientBuilder.client().displayName("Anna").tags("vip", " ", "x".repeat(101), "y".repeat(100)).build();
        assertThat(fields(client)).containsExactly("tags[1]", "tags[2]");
    }

    @Test
    void customFieldsNeedANameThatIsUsedOnce() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Shoe size", "39");
        fields.put("", "orphan");
        fields.put("Shoe size ", "40");
        fields.put("Notes", "n".repeat(2001));
        Client client = ClientBuilder.client().displayName("Anna").customFields(fields).build();
        assertThat(fields(client)).containsExactly("customFields[1]", "customFields[2]", "customFields[3]");
    }

    @Test
    void textLongerThanItsColumnIsReportedWithItsLength() {
        Client client = ClientBuilder.client().firstName("f".repeat(201)).lastName("Berg").displayName("Anna Berg")
                .address(new Address("s".repeat(401), "1".repeat(41), "Uppsala", null, "c".repeat(201))).source("w".repeat(201)).build();
        List<FieldProblem> problems = ClientValidation.problems(client, TODAY);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("firstName", "source", "address.street", "address.postalCode", "address.country");
        assertThat(problems.get(0).message()).isEqualTo("The first name is too long: 201 characters, at most 200.");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Client client = ClientBuilder.client().displayName("").phone("mobile", "12").email("work", "nope").birthday(TODAY.plusYears(1))
                .tags("").build();
        assertThat(fields(client)).containsExactly("displayName", "phones[0]", "emails[0]", "birthday", "tags[0]");
    }

    private static List<String> fields(Client client) {
        return ClientValidation.problems(client, TODAY).stream().map(FieldProblem::field).toList();
    }

    private static Client withBirthday(LocalDate birthday) {
        return ClientBuilder.named("Anna").birthday(birthday).build();
    }

    private static Client client(String displayName, List<String> phones, List<String> emails) {
        ClientBuilder client = ClientBuilder.client().displayName(displayName).createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH);
        phones.forEach(phone -> client.phone("mobile", phone));
        emails.forEach(email -> client.email("home", email));
        return client.build();
    }
}
