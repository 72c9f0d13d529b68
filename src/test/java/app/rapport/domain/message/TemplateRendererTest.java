package app.rapport.domain.message;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.DisplayFormat;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRendererTest {
    private static final Client ANNA = ClientBuilder.named("Anna Conti").addressAs("Ms Conti").build();

    private static MessageTemplate email(String subject, String body) {
        return new MessageTemplate(null, "t", MessageChannel.EMAIL, subject, body, null, null);
    }

    private static Map<MergeField, String> anna() {
        return MergeValues.of(ANNA, "Dyson V15 vacuum", LocalDate.of(2026, 3, 12), null, "Bright Home", DisplayFormat.BRITISH);
    }

    @Test
    void fillsEveryKnownFieldInSubjectAndBody() {
        RenderedMessage message = TemplateRenderer.render(
                email("Your {{lastPurchase}} from {{businessName}}", "Dear {{addressAs}},\nhow is the {{ lastPurchase }} since {{lastPurchaseDate}}?"),
                anna());

        assertThat(message.subject()).isEqualTo("Your Dyson V15 vacuum from Bright Home");
        assertThat(message.body()).isEqualTo("Dear Ms Conti,\nhow is the Dyson V15 vacuum since 12 March 2026?");
        assertThat(message.problems()).isEmpty();
        assertThat(message.isComplete()).isTrue();
    }

    @Test
    void anUnknownFieldIsReportedWithItsLineAndColumnAndNotLeftInTheText() {
        RenderedMessage message = TemplateRenderer.render(email("Hello", "Hi {{addressAs}},\n  see you {{frstName}} and {{Firstname}}"), anna());

        assertThat(message.problems()).extracting(TemplateProblem::kind, TemplateProblem::field, TemplateProblem::part,
                        TemplateProblem::line, TemplateProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.Kind.UNKNOWN_FIELD, "frstName", "body", 2, 11),
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.Kind.UNKNOWN_FIELD, "Firstname", "body", 2, 28));
        assertThat(message.hasTemplateErrors()).isTrue();
        assertThat(message.body()).doesNotContain("{{").doesNotContain("frstName");
        assertThat(message.problems().get(0).message()).isEqualTo("Unknown merge field {{frstName}} (body, line 2, column 11).");
        assertThat(message.problems().get(1).message()).endsWith("did you mean {{firstName}}?");
    }

    @Test
    void aKnownFieldWithoutAValueIsAGapThatIsReportedUnlessAFallbackIsGiven() {
        Map<MergeField, String> prospect = MergeValues.of(ANNA, null, null, null, null, DisplayFormat.BRITISH);

        RenderedMessage plain = TemplateRenderer.render(email("", "About your {{lastPurchase}}."), prospect);
        RenderedMessage withFallback = TemplateRenderer.render(email("", "About your {{lastPurchase|visit}} at {{businessName | our shop}}."), prospect);

        assertThat(plain.body()).isEqualTo("About your .");
        assertThat(plain.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(TemplateProblem.Kind.NO_VALUE);
            assertThat(problem.field()).isEqualTo("lastPurchase");
            assertThat(problem.isTemplateError()).isFalse();
        });
        assertThat(plain.hasTemplateErrors()).isFalse();
        assertThat(withFallback.body()).isEqualTo("About your visit at our shop.");
        assertThat(withFallback.problems()).isEmpty();
    }

    @Test
    void escapedBracesStayLiteralAndBracesInsideValuesAreNeverReadAsFields() {
        Client tricky = ClientBuilder.client().firstName("{{lastName}}").lastName("Conti").displayName("A {{x}} name").build();
        RenderedMessage message = TemplateRenderer.render(email("", "Write \\{{firstName}} to merge; {{firstName}} }} single { brace \\ alone"),
                MergeValues.of(tricky, null, null, null, null, DisplayFormat.BRITISH));

        assertThat(message.body()).isEqualTo("Write {{firstName}} to merge; {{lastName}} }} single { brace \\ alone");
        assertThat(message.problems()).isEmpty();
    }

    @Test
    void unclosedAndEmptyBracesAreReported() {
        List<TemplateProblem> problems = TemplateRenderer.check(email("Hi {{firstName", "{{}} and {{addressAs}} and {{ oops\n}}"));

        assertThat(problems).extracting(TemplateProblem::kind, TemplateProblem::part, TemplateProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.Kind.UNCLOSED, "subject", 4),
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.Kind.EMPTY, "body", 1),
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.Kind.UNCLOSED, "body", 28));
    }

    @Test
    void checkingATemplateNeedsNoClientValues() {
        assertThat(TemplateRenderer.check(email("{{lastPurchase}}", "{{addressAs}} {{businessName}}"))).isEmpty();
    }

    @Test
    void aTextMessageHasNoSubject() {
        MessageTemplate text = new MessageTemplate(null, "t", MessageChannel.MESSAGE, "{{ignored", "Hi {{firstName}}!", null, null);

        RenderedMessage message = TemplateRenderer.render(text, anna());

        assertThat(message.subject()).isNull();
        assertThat(message.body()).isEqualTo("Hi Anna!");
        assertThat(message.problems()).isEmpty();
    }

    @Test
    void aMailtoLinkEncodesSpacesLineBreaksAndReservedCharacters() {
        String uri = Mailto.uri(List.of("anna.conti+news@example.org"), "Hi & welcome?", "Line one\nLine two: 50% off #1");

        assertThat(uri).isEqualTo("mailto:anna.conti%2Bnews@example.org?subject=Hi%20%26%20welcome%3F"
                + "&body=Line%20one%0D%0ALine%20two%3A%2050%25%20off%20%231");
    }

    @Test
    void theAddressAsFallsBackToTheFirstName() {
        Client noAddressAs = ClientBuilder.named("Luca Bianchi").build();

        assertThat(TemplateRenderer.render(email("", "Hi {{addressAs}}"), MergeValues.of(noAddressAs, null, null, null, null, DisplayFormat.BRITISH)).body())
                .isEqualTo("Hi Luca");
    }
}
