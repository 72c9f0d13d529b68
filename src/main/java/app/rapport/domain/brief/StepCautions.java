package app.rapport.domain.brief;

import app.rapport.domain.Note;
import app.rapport.domain.brief.TextSignals.Practical;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Practical notes and custom fields that are no caution for every contact but matter when this call's step could touch them:
 * a patch test that left redness when the call offers a colour, a narrow hallway when a fridge freezer is on its way, a toddler
 * and the corner chair when the call books a visit. A key account's terms (a quarterly review, a named engineer) matter to any
 * call. They go under Remember, after the cautions, and leave Lately, so they are read once and first.
 */
final class StepCautions {
    /** At most this many such lines join Remember: what the step touches, not the whole card. */
    private static final int MOST = 2;
    /** A thing bought this recently may still be on its way, or just set up: getting to their place still matters. */
    private static final int FRESH_PURCHASE_DAYS = 30;

    private record Candidate(String text, String source, String because, EnumSet<Practical> about, boolean fromNote, String rule, boolean due) {
    }

    /** A test before a treatment whose time has come round again ("Patch test: Due again soon"): it is arranged before any booking. */
    private static final java.util.regex.Pattern TEST_DUE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:patch|skin|strand) test\\b.*\\b(?:due|overdue|expired|out of date|lapsed|needs? (?:re)?doing|to be redone)\\b");

    private final List<Candidate> candidates = new ArrayList<>();

    /** An unpinned note that is no caution for every contact; kept when it is practical. */
    void note(Note note, String text, String source) {
        EnumSet<Practical> about = TextSignals.practical(note.body());
        if (!about.isEmpty()) {
            candidates.add(new Candidate(text, source, "a note of theirs this call's step could touch", about, true, "fact:step-note", false));
        }
    }

    /**
     * A custom field read as "Key: value": a caution for every contact ("Allergies: latex"), or a practical one ("Patch test:
     * Mild redness — use the gentle line", "Delivery access: Third floor, no lift"). A value that says all is clear is nothing to mind.
     */
    void field(String key, String value) {
        if (key == null || key.isBlank() || TextSignals.allClear(value)) {
            return;
        }
        String text = key.strip() + ": " + value.strip();
        text = text.matches(".*[.!?…]$") ? text : text + ".";
        EnumSet<Practical> about = TextSignals.practical(text);
        boolean always = TextSignals.isPlainCaution(text) && !about.contains(Practical.ACCESS) && !about.contains(Practical.TREATMENT);
        if (always) {
            about.add(Practical.ACCOUNT); // said to any call, as a key account's terms are
        }
        if (!about.isEmpty()) {
            boolean due = TEST_DUE.matcher(text).find();
            candidates.add(new Candidate(due ? text + " Arrange the test before any colour or treatment." : text, "custom field",
                    "a field on their card this call's step could touch", about, false, "fact:step-field", due));
        }
    }

    /**
     * A tag on their card that is a care fact ("sensitive-scalp" before a keratin treatment, Giulia Silva, read 50), said in
     * plain words; a tag that only sorts them ("balayage", "vip") is nothing to mind. A note or field that says the same
     * thing already is read instead.
     */
    void tag(String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        String words = tag.strip().replaceAll("[-_]+", " ");
        EnumSet<Practical> about = TextSignals.practical(words);
        about.remove(Practical.ACCOUNT); // a tag is no key account's terms: those are written out in a note
        if (!about.isEmpty()) {
            String text = Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (a tag on their card).";
            candidates.add(new Candidate(text, "tag", "a tag on their card this call's step could touch", about, false, "fact:step-tag", false));
        }
    }

    /** The tag's own words ("Sensitive scalp") are said by another line already. */
    private static boolean saidElsewhere(Candidate tag, String elsewhere) {
        String words = tag.text.substring(0, tag.text.indexOf(" (a tag on their card)")).toLowerCase(java.util.Locale.ROOT);
        return elsewhere.toLowerCase(java.util.Locale.ROOT).contains(words);
    }

    /**
     * Adds to Remember what the call's step could touch, judged from what the call says and what is on its way: a colour or
     * another service a patch test is for; a visit, a booking or a delivery (or a thing bought lately that may still be on its
     * way) for how to get in; anything for how their account is run.
     */
    void apply(BriefFacts facts, List<BriefLine> said, BriefLine nextStep) {
        if (candidates.isEmpty()) {
            return;
        }
        StringBuilder words = new StringBuilder();
        for (BriefLine line : said) {
            if (line != null && line.text() != null) {
                words.append(line.text()).append('\n');
            }
        }
        String spoken = words.toString();
        boolean onSite = facts.awaitingDelivery || TextSignals.stepOnSite(spoken)
                || facts.itemKind == ItemKind.KEPT && facts.daysSincePurchase != null && facts.daysSincePurchase <= FRESH_PURCHASE_DAYS;
        boolean chemical = TextSignals.stepChemical(spoken);
        boolean booksATime = nextStep != null && nextStep.text() != null && TextSignals.stepBooksATime(nextStep.text());
        String noteToAct = facts.values.get("noteToAct");
        StringBuilder elsewhere = new StringBuilder(spoken);
        candidates.stream().filter(c -> !"fact:step-tag".equals(c.rule)).forEach(c -> elsewhere.append(c.text).append('\n'));
        facts.remember.forEach(line -> elsewhere.append(line.text()).append('\n'));
        int added = 0;
        for (Candidate c : candidates) {
            if (added >= MOST) {
                break;
            }
            boolean touched = c.about.contains(Practical.ACCOUNT) || c.about.contains(Practical.ACCESS) && onSite
                    || c.about.contains(Practical.TREATMENT) && chemical
                    // a patch test due again comes before whatever they book, when the call books a time (Ngozi Silva, read 50)
                    || c.due && booksATime;
            String bare = BriefFacts.stripEnd(c.text);
            if (!touched || bare.equals(noteToAct) || spoken.contains(bare) || "fact:step-tag".equals(c.rule) && saidElsewhere(c, elsewhere.toString())
                    || facts.remember.stream().anyMatch(line -> line.text().equals(c.text))) {
                continue;
            }
            facts.remember.add(new BriefLine(c.text, c.rule, c.source, c.because));
            if (c.fromNote) {
                facts.lately.removeIf(recent -> "Note".equals(recent.what()) && c.text.equals(recent.text()));
            }
            added++;
        }
    }
}
