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
        Client client = ClientBuilder.named("Li Wei").id(Ids.next()).phone("mobile", "+1 (555) 014").tags("VIP")
                .createdAt(java.time.Instant.EPOCH).updatedAt(java.time.Instant.EPOCH).build();
        assertThat(SearchTokens.forClient(client)).contains("li", "wei", "vip", "1555014", "555014", "5014")
                .doesNotContain("014", "14", "4");
    }

    @Test
    void namesSplitIntoWordsAsAQueryDoes() {
        // a name is found by the words a user types for it, whatever the script or punctuation
        for (String name : java.util.List.of("Zoë-Ann O'Brien", "株式会社 テスト", "Ⅻ² Ltd.", "Dvořák & Söhne", "A\u0301ngel", "𠀋 Chen")) {
            assertThat(SearchTokens.wordsOf(java.util.List.of(name), java.util.List.of(), java.util.List.of()))
                    .as(name).containsExactlyElementsOf(SearchTokens.forQuery(name));
        }
    }
}
