package app.rapport.domain.brief;

import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.SwotTopics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How our map answers one competitor's: their weaknesses, our strengths ranked by how well they
 * answer them (a shared topic with one of their weaknesses counts double one with their
 * strengths), the best pairing of a weakness with our answer, and their strengths we have no
 * answer to. The pairing follows what the client said of the competitor (the link's note, their
 * words that name it), and the words of the cards before their broad topics: "weak offline mode"
 * is answered by "works offline in the van", not by whatever else is about where we are.
 */
final class CompetitorAnswers {
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    final String competitor;
    final List<SwotItem> weaknesses = new ArrayList<>();
    final List<SwotItem> strengths = new ArrayList<>();
    final List<SwotItem> answers = new ArrayList<>();

    /** What the client said of this competitor, as words to match cards by. */
    private final Set<String> said;

    /** Our whole map's strengths: one may meet a weak spot without sharing a broad topic with their cards. */
    private final List<SwotItem> ours;

    CompetitorAnswers(BriefInput.LinkedCompetitor linked, List<SwotItem> ours) {
        this(linked, ours, linked.link() == null ? null : linked.link().note());
    }

    /** With {@code saidOfThem}: the client's words about this competitor (the link's note, what they said naming it). */
    CompetitorAnswers(BriefInput.LinkedCompetitor linked, List<SwotItem> ours, String saidOfThem) {
        competitor = linked.competitor().name();
        said = words(saidOfThem);
        this.ours = ours;
        for (SwotItem card : linked.swot()) {
            if (card.quadrant() == Quadrant.WEAKNESS) {
                weaknesses.add(card);
            } else if (card.quadrant() == Quadrant.STRENGTH) {
                strengths.add(card);
            }
        }
        List<SwotItem> ranked = new ArrayList<>();
        for (SwotItem strength : ours) {
            if (score(strength) > 0) {
                ranked.add(strength);
            }
        }
        ranked.sort(Comparator.comparingInt(this::score).reversed()); // stable: the map's order breaks ties
        answers.addAll(ranked);
    }

    /**
     * The weakness to talk about and the strength of ours that answers it, leaving out cards in
     * {@code used}: the first weakness one of our strengths meets ({@link CompetitorNeeds}), else the
     * first weakness about price, or met by a strength another line already said, alone (answer
     * null). Null when nothing of ours meets a free weakness: a pair beside the point is worse than none.
     */
    SwotItem[] bestPairing(Set<java.util.UUID> used) {
        // The weakness the client's own words are about comes first: a rival named about one product line is
        // answered on that line, not on another one of its weak spots.
        List<SwotItem> ordered = new ArrayList<>(weaknesses);
        ordered.sort(Comparator.comparingInt((SwotItem weakness) -> sharedWords(said, words(weakness.text()))).reversed());
        SwotItem firstFree = null;
        for (SwotItem weakness : ordered) {
            if (used.contains(weakness.id())) {
                continue;
            }
            firstFree = firstFree == null && aboutPrice(weakness) ? weakness : firstFree;
            SwotItem answer = answerTo(weakness, used);
            if (answer != null) {
                return new SwotItem[] {weakness, answer};
            }
            // Met only by a strength another line already said: the weak spot can still be named, as one we do handle.
            firstFree = firstFree == null && answerTo(weakness, Set.of()) != null ? weakness : firstFree;
        }
        return firstFree == null ? null : new SwotItem[] {firstFree, null};
    }

    /**
     * The strength of ours that answers {@code weakness}, leaving out cards in {@code used}: one
     * that meets its need ({@link CompetitorNeeds}; for a price weak spot, one about money), the one
     * sharing most words with it and with what the client said, else the best ranked. Null when
     * nothing of ours meets it. The talking point and the competitor section both ask this, so a
     * weak spot has one answer wherever it is said.
     */
    SwotItem answerTo(SwotItem weakness, Set<java.util.UUID> used) {
        boolean price = aboutPrice(weakness);
        SwotItem byTopic = null;
        SwotItem byWords = null;
        int mostShared = 0;
        Set<String> weaknessWords = words(weakness.text());
        for (SwotItem answer : candidates()) {
            if (price ? !answersOnPrice(answer.text()) : !CompetitorNeeds.meets(weakness, answer)) {
                continue; // "expensive for a simple cut" is about money: "simple online booking" shares a word, not an answer
            }
            if (used.contains(answer.id())) {
                continue;
            }
            byTopic = byTopic == null ? answer : byTopic;
            int shared = sharedWords(weaknessWords, words(answer.text())) * 2 + sharedWords(said, words(answer.text()));
            if (shared > mostShared) {
                mostShared = shared;
                byWords = answer;
            }
        }
        return byWords != null ? byWords : byTopic;
    }

    /** Our strengths ranked by how well they answer this rival, then the rest of our map. */
    private List<SwotItem> candidates() {
        List<SwotItem> candidates = new ArrayList<>(answers);
        for (SwotItem strength : ours) {
            if (!candidates.contains(strength)) {
                candidates.add(strength);
            }
        }
        return candidates;
    }

    /**
     * Our answers with those that meet one of their weak spots first ({@link CompetitorNeeds}): a
     * strength to remind the client of is best one that speaks to what the rival lacks.
     */
    List<SwotItem> meetingFirst() {
        List<SwotItem> meeting = new ArrayList<>();
        List<SwotItem> rest = new ArrayList<>();
        List<SwotItem> all = new ArrayList<>(answers);
        for (SwotItem strength : ours) {
            if (!all.contains(strength)) {
                all.add(strength);
            }
        }
        for (SwotItem answer : all) {
            boolean meets = false;
            for (SwotItem weakness : weaknesses) {
                meets |= aboutPrice(weakness) ? answersOnPrice(answer.text()) : CompetitorNeeds.meets(weakness, answer);
            }
            if (meets) {
                meeting.add(answer);
            } else if (answers.contains(answer)) {
                rest.add(answer);
            }
        }
        meeting.addAll(rest);
        return meeting;
    }

    /** Our strengths that meet one of their weak spots, best ranked first. */
    List<SwotItem> meeting() {
        List<SwotItem> meeting = new ArrayList<>();
        for (SwotItem answer : candidates()) {
            for (SwotItem weakness : weaknesses) {
                if (aboutPrice(weakness) ? answersOnPrice(answer.text()) : CompetitorNeeds.meets(weakness, answer)) {
                    meeting.add(answer);
                    break;
                }
            }
        }
        return meeting;
    }

    /** The card is about what they charge ("Expensive for a simple cut", "Fees for every extra user"). */
    static boolean aboutPrice(SwotItem card) {
        return SwotTopics.of(card.text()).contains("price");
    }

    /** A strength of ours that speaks to money: a price, a deal, a loyalty scheme. */
    private static boolean answersOnPrice(String text) {
        Set<String> topics = SwotTopics.of(text);
        return topics.contains("price") || topics.contains("promotions");
    }

    /** Words too common to say what a card is about. */
    private static final Set<String> COMMON = Set.of("with", "from", "that", "this", "their", "they", "them", "have", "more", "less",
            "than", "very", "only", "weak", "poor", "good", "great", "strong", "slow", "fast", "about", "when", "what", "said", "says",
            "told", "like", "just", "also", "some", "much", "many", "most", "other", "over", "into", "cheaper", "better", "worse");

    /** A text's content words, each cut to its first six letters so that "reliable" meets "reliability". */
    static Set<String> words(String text) {
        Set<String> words = new java.util.HashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 4 && !COMMON.contains(word)) {
                words.add(word.length() > 6 ? word.substring(0, 6) : word);
            }
        }
        return words;
    }

    private static int sharedWords(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String word : a) {
            shared += b.contains(word) ? 1 : 0;
        }
        return shared;
    }

    /** Each card's topics, read once: a brief compares every card with every other. */
    private final java.util.Map<String, java.util.Set<String>> topics = new java.util.HashMap<>();

    private boolean overlaps(String a, String b) {
        java.util.Set<String> first = topics.computeIfAbsent(a == null ? "" : a, SwotTopics::of);
        for (String topic : topics.computeIfAbsent(b == null ? "" : b, SwotTopics::of)) {
            if (first.contains(topic)) {
                return true;
            }
        }
        return false;
    }

    private int score(SwotItem ourStrength) {
        int score = 0;
        for (SwotItem weakness : weaknesses) {
            score += overlaps(weakness.text(), ourStrength.text()) ? 2 : 0;
        }
        for (SwotItem strength : strengths) {
            score += overlaps(strength.text(), ourStrength.text()) ? 1 : 0;
        }
        return score;
    }

    /** Their strengths that none of our strengths shares a topic with: where not to pick a fight. */
    List<SwotItem> unanswered(List<SwotItem> ours) {
        List<SwotItem> result = new ArrayList<>();
        for (SwotItem strength : strengths) {
            boolean answered = false;
            for (SwotItem mine : ours) {
                answered |= overlaps(strength.text(), mine.text());
            }
            if (!answered) {
                result.add(strength);
            }
        }
        return result;
    }

    /** "KettleKing's weakness “Slow repairs” (Customers told us, noted 2026-01-03)". */
    String source(SwotItem card) {
        return source(competitor, card);
    }

    /** Like {@link #source(SwotItem)}, for a card of our own map or of the competitor named. */
    static String source(String competitor, SwotItem card) {
        String whose = card.competitorId() == null ? "our " : competitor + "'s ";
        String quadrant = card.quadrant().name().toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(whose).append(quadrant).append(" \u201c").append(card.text()).append('\u201d');
        if (card.evidence() != null && !card.evidence().isBlank()) {
            text.append(" (").append(card.evidence());
            text.append(card.observedOn() == null ? ")" : ", noted " + card.observedOn() + ")");
        } else if (card.observedOn() != null) {
            text.append(" (noted ").append(card.observedOn()).append(')');
        }
        return text.toString();
    }

    /** A card's text without the full stop it may end with, to quote inside a sentence. */
    static String plain(String text) {
        String stripped = text.strip();
        while (stripped.endsWith(".")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** A card's text to go inside a sentence: "Slow repairs" becomes "slow repairs", "TV range" stays. */
    static String inSentence(String text) {
        String stripped = plain(text);
        if (stripped.length() > 1 && Character.isUpperCase(stripped.charAt(0)) && !Character.isUpperCase(stripped.charAt(1))) {
            return Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
        }
        return stripped;
    }

    /** The first of a card's topics, for an avoid line ("price"), or null when its words name none. */
    static String topic(SwotItem card) {
        Set<String> topics = SwotTopics.of(card.text());
        return topics.isEmpty() ? null : topics.iterator().next();
    }
}
