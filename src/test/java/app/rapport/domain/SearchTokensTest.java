package app.rapport.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTest {
    @Test
    void queryWordsAreNormalisedAndPhoneFragmentsBecomeDigits() {
        assertThat(SearchTokens.forQuery("  Zoë  ÁLVAREZ ")).containsExactly("zoe", "alvarez");
        assertThat(SearchTokens.forQuery("(555) 014-2231")).containsExactly("555", "0142231");
        assertThat(SearchTokens.forQuery("Anna.Berg@Mail.example")).containsExactly("anna.berg@mail.example");
        assertThat(SearchTokens.forQuery("")).isEmpty();
        assertThat(SearchTokens.forQuery(null)).isEmpty();
    }

    @Test
    void everyDigitSuffixOfAPhoneIsAToken() {
        Client client = new Client(Ids.next(), ClientKind.PERSON, "Li", "Wei", "Li Wei", null, null,
                java.util.List.of(new ContactPoint("mobile", "+1 (555) 014")), java.util.List.of(), null, null, null, null,
                java.util.List.of("VIP"), null, java.time.Instant.EPOCH, java.time.Instant.EPOCH, null);
        assertThat(SearchTokens.forClient(client)).contains("li", "wei", "vip", "1555014", "555014", "5014")
                .doesNotContain("014", "14", "4");
    }
}
