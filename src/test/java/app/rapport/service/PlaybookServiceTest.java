package app.rapport.service;

import app.rapport.store.SettingRepository;
import app.rapport.store.TestStores;
import app.rapport.domain.brief.RuleRole;
import app.rapport.domain.Ids;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefLine;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.demo.DemoBusiness;
import app.rapport.store.PlaybookJson;
import app.rapport.store.PlaybookRepository;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookServiceTest {
    @TempDir
    Path folder;

    private RapportServices services;

    @BeforeEach
    void open() {
        services = RapportServices.open(TestStores.location(folder, "playbook"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewStoreIsSeededWithTheBuiltInRulesOnce() {
        List<PlaybookEntry> rules = services.playbook().list();

        assertThat(rules).hasSize(PlaybookJson.defaults().rules().size());
        assertThat(rules).allMatch(PlaybookEntry::builtIn);
        assertThat(rules).isSortedAccordingTo(Comparator.comparingInt(PlaybookEntry::priority).reversed()
                .thenComparing(PlaybookEntry::code));
        assertThat(services.playbook().list()).hasSize(rules.size());
        assertThat(services.briefs().playbook().rules()).hasSize(
                (int) PlaybookJson.defaults().rules().stream().filter(rule -> rule.enabled()).count());
    }

    @Test
    void switchingARuleOffChangesTheBriefsItAppliedTo() {
        services.demoData().load(DemoBusiness.SALON, 30, 7, Progress.NONE);
        UUID client = firstClient();
        Brief before = services.briefs().brief(client).orElseThrow();
        BriefLine point = before.conversation().talkingPoints().get(0);

        PlaybookEntry off = services.playbook().setEnabled(point.rule(), false);

        assertThat(off.enabled()).isFalse();
        assertThat(services.playbook().find(point.rule()).orElseThrow().enabled()).isFalse();
        Brief after = services.briefs().brief(client).orElseThrow();
        assertThat(rulesIn(after)).doesNotContain(point.rule());
        assertThat(after.conversation().talkingPoints()).doesNotContain(point);

        services.playbook().setEnabled(point.rule(), true);
        assertThat(services.briefs().brief(client).orElseThrow().conversation().talkingPoints()).contains(point);
    }

    @Test
    void anEditedRulesTextShowsInTheBrief() {
        services.demoData().load(DemoBusiness.SALON, 30, 7, Progress.NONE);
        UUID client = firstClient();
        String code = services.briefs().brief(client).orElseThrow().conversation().talkingPoints().get(0).rule();
        PlaybookEntry rule = services.playbook().find(code).orElseThrow();

        services.playbook().save(new PlaybookEntry(rule.id(), code, "Edited title", "Mine now", true, rule.priority(),
                rule.conditions(), "{\"talkingPoints\": [\"Ask {greeting} about the new balayage offer.\"]}", false, null));

        PlaybookEntry saved = services.playbook().find(code).orElseThrow();
        assertThat(saved.title()).isEqualTo("Edited title");
        assertThat(saved.builtIn()).isTrue();
        Brief after = services.briefs().brief(client).orElseThrow();
        assertThat(after.conversation().talkingPoints()).anySatisfy(line -> {
            assertThat(line.text()).startsWith("Ask ").endsWith(" about the new balayage offer.");
            assertThat(line.rule()).isEqualTo(code);
        });

        PlaybookEntry reset = services.playbook().resetToDefaults(code);
        assertThat(reset.title()).isEqualTo(rule.title());
        assertThat(services.briefs().brief(client).orElseThrow().conversation().talkingPoints())
                .noneMatch(line -> line.text().contains("balayage offer"));
    }

    @Test
    void aPlaybookFilledByAnOlderReleaseGetsThisReleasesRulesButKeepsWhatTheOwnerEdited() {
        StoreLocation older = TestStores.location(folder, "older");
        try (RapportServices first = RapportServices.open(older)) {
            first.playbook().list();
            PlaybookEntry prospect = first.playbook().find("prospect.base").orElseThrow();
            first.playbook().save(new PlaybookEntry(prospect.id(), prospect.code(), prospect.title(), "Ours", true, prospect.priority(),
                    prospect.conditions(), "{\"goal\": \"Our own words for {greeting}\", \"nextStep\": \"Our next step\"}", true, null));
            first.playbook().setEnabled("honeymoon.base", false);
        }
        try (Store store = Store.open(older, Clock.systemDefaultZone())) {
            store.inTransaction(dsl -> {
                // What an older Rapport left: its own built-in rules, one of them no longer shipped, and its fingerprint.
                new PlaybookRepository(dsl).insert(new PlaybookEntry(Ids.next(), "mood.happy.mature", "Old rule", null, true, 200, "{}",
                        "{\"goal\": \"Thank them for their loyalty\"}", true, java.time.Instant.now()));
                new SettingRepository(dsl).put("playbook.builtIn", "an-older-release");
                return null;
            });
        }
        try (RapportServices upgraded = RapportServices.open(older)) {
            List<PlaybookEntry> rules = upgraded.playbook().list();
            assertThat(rules).extracting(PlaybookEntry::code).doesNotContain("mood.happy.mature")
                    .containsAll(PlaybookJson.defaults().rules().stream().map(rule -> rule.code()).toList());
            assertThat(upgraded.playbook().find("prospect.base").orElseThrow().suggestion()).contains("Our own words");
            assertThat(upgraded.playbook().find("honeymoon.base").orElseThrow().enabled()).isFalse();
            assertThat(upgraded.playbook().find("situation.late-promise").orElseThrow().role()).isEqualTo(RuleRole.SITUATION);
        }
    }

    @Test
    void situationsAreReorderedOnePlaceAtATime() {
        List<PlaybookEntry> before = services.playbook().list().stream().filter(rule -> rule.role() == RuleRole.SITUATION).toList();
        String second = before.get(1).code();

        List<PlaybookEntry> after = services.playbook().moveSituation(second, true);

        assertThat(after.get(0).code()).isEqualTo(second);
        assertThat(after.get(1).code()).isEqualTo(before.get(0).code());
        assertThat(services.playbook().moveSituation(second, true).get(0).code()).as("the first stays first").isEqualTo(second);
        assertThatThrownBy(() -> services.playbook().moveSituation("mature.base", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a situation");
    }

    @Test
    void aNewRuleIsAddedAndApplies() {
        services.demoData().load(DemoBusiness.SALON, 30, 7, Progress.NONE);

        services.playbook().save(new PlaybookEntry(null, "mine.always", "Always mention the loyalty card", null, true, 1000,
                "", "{\"talkingPoints\": [\"Mention the loyalty card.\"]}", true, null));
        // A call that a situation owns takes only the lines that serve it; any other call has room for the owner's rule.
        UUID client = services.clients().search("", 100).clients().stream().map(ClientSummary::id)
                .filter(id -> !services.briefs().brief(id).orElseThrow().conversation().bySituation()).findFirst().orElseThrow();

        PlaybookEntry added = services.playbook().find("mine.always").orElseThrow();
        assertThat(added.builtIn()).isFalse();
        assertThat(added.conditions()).isEqualTo("{}");
        assertThat(services.briefs().brief(client).orElseThrow().conversation().talkingPoints())
                .contains(new BriefLine("Mention the loyalty card.", "mine.always", null, "always mention the loyalty card"));
        assertThatThrownBy(() -> services.playbook().resetToDefaults("mine.always")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleThatCannotBeReadIsRefused() {
        PlaybookEntry any = services.playbook().list().get(0);

        assertThat(problemFields(() -> services.playbook().save(new PlaybookEntry(null, "Bad Code!", " ", null, true, 5000,
                "{\"phase\": ", "{\"talkingPoints\": [\"x\"]}", false, null))))
                .containsExactlyInAnyOrder("code", "title", "priority", "conditions");
        assertThat(problemFields(() -> services.playbook().save(new PlaybookEntry(null, "mine.bad", "Bad", null, true, 10,
                "{\"phase\": \"teenager\"}", "{\"tone\": [\"not\", \"a\", \"text\"]}", false, null))))
                .containsExactlyInAnyOrder("conditions", "suggestion");
        assertThat(problemFields(() -> services.playbook().save(new PlaybookEntry(null, any.code(), "Copy", null, true, 10,
                "{}", "not json", false, null))))
                .containsExactlyInAnyOrder("code", "suggestion");
        assertThat(problemFields(() -> services.playbook().save(new PlaybookEntry(any.id(), any.code(), any.title(), null, true,
                any.priority(), any.conditions(), "{\"opener\": \"Hi {nickname}\"}", true, null))))
                .containsExactly("suggestion");

        assertThat(services.playbook().list()).hasSize(PlaybookJson.defaults().rules().size());
        assertThat(services.playbook().find(any.code()).orElseThrow()).isEqualTo(any);
    }

    @Test
    void aStoredRuleWhoseJsonCannotBeReadIsSkippedWithAWarning() {
        TestClock clock = new TestClock(java.time.Instant.parse("2026-05-14T09:30:00Z"));
        try (Store store = Store.open(TestStores.location(folder, "broken"), Clock.systemDefaultZone())) {
            PlaybookEntry firstContact = new PlaybookService(store, clock).find("opener.first-contact").orElseThrow();
            new PlaybookRepository(store.dsl()).update(new PlaybookEntry(firstContact.id(), firstContact.code(), firstContact.title(),
                    null, true, firstContact.priority(), "{\"hasPriorTouchpoint\": fal", firstContact.suggestion(), true, clock.instant()));
            UUID client = new ClientService(store, clock).save(ClientServiceTest.person("Ann", "Lee", List.of(), List.of())).id();

            Brief brief = new BriefService(store, clock).brief(client).orElseThrow();

            assertThat(brief.warnings()).anyMatch(warning -> warning.startsWith("Rule opener.first-contact skipped"));
            assertThat(brief.conversation().opener() == null ? null : brief.conversation().opener().rule())
                    .isNotEqualTo("opener.first-contact");
        }
    }

    private static List<String> problemFields(Runnable save) {
        try {
            save.run();
        } catch (ValidationException invalid) {
            return invalid.problems().stream().map(problem -> problem.field()).toList();
        }
        throw new AssertionError("The rule was saved");
    }

    private UUID firstClient() {
        for (ClientSummary client : services.clients().search("", 100).clients()) {
            Brief brief = services.briefs().brief(client.id()).orElseThrow();
            if (!brief.conversation().bySituation() && !brief.conversation().talkingPoints().isEmpty()
                    && brief.conversation().talkingPoints().get(0).rule() != null
                    && !brief.conversation().talkingPoints().get(0).rule().startsWith("fact:")) {
                return client.id();
            }
        }
        throw new AssertionError("No demo client has a talking point from a rule");
    }

    private static List<String> rulesIn(Brief brief) {
        List<String> rules = new ArrayList<>();
        Brief.Conversation c = brief.conversation();
        rules.add(c.typeRule());
        rules.add(c.offerPolicyRule());
        for (BriefLine line : java.util.Arrays.asList(c.tone(), c.goal(), c.opener(), c.nextStep())) { // a part may be missing once its rule is off
            if (line != null) {
                rules.add(line.rule());
            }
        }
        c.talkingPoints().forEach(line -> rules.add(line.rule()));
        c.avoid().forEach(line -> rules.add(line.rule()));
        return rules;
    }
}
