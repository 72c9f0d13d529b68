package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Purchase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a brief against the client's record the way an owner would before handing the phone to
 * the receptionist, and reports every incoherence: a line that sells while the frame says not to,
 * a next step that serves another goal, a talking point against an avoid line, thanks for loyalty
 * to a client we owe something, a new client called mature, a pinned note left out, phone lines
 * for a client whose note asks for writing, a done follow-up shown as overdue, a refusal already
 * superseded by a purchase, openers whose time words ring false, text left unfilled, thanks for
 * loyalty after a purchase or two, a review asked for while something is not finished, a rating
 * below the top thanked for or left unsaid, a rival's weak spot about price answered by a strength
 * of ours that is not about price.
 * It reads the brief's own text (the way a person would), so it also catches what an owner's own
 * rules produce.
 */
public final class BriefCritic {
    /**
     * Two unanswered messages are their silence once the first has waited two weeks, or when they
     * came after a month without a word of theirs (as the engine reads it): two messages of this
     * week after a call last week are a reply still to come.
     */
    private static boolean silenceLasted(List<Brief.Recent> touchpoints, LocalDate today) {
        if (java.time.temporal.ChronoUnit.DAYS.between(touchpoints.get(1).on(), today) >= 14) {
            return true;
        }
        Brief.Recent before = touchpoints.size() > 2 ? touchpoints.get(2) : null;
        return before == null || before.what().endsWith("no reply") || java.time.temporal.ChronoUnit.DAYS.between(before.on(), today) >= 30;
    }

    private static final Pattern THANKS_FOR_LOYALTY = Pattern.compile(
            "\\bthank\\w*\\b.{0,60}\\b(loyal\\w*|staying with us|your custom|their custom|being with us)|\\bthank-you note\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THANKS_FOR_RATING = Pattern.compile("\\bthank\\w*\\b.{0,40}\\b(rating|review|survey|feedback|score)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECALLS_A_FIX = Pattern.compile(
            "\\b(what we (already )?(fixed|improved)|the fix (still )?(holds|held)|fix held)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE_LAST_TALK = Pattern.compile("\\b(how have things been since|we last spoke|when we spoke)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The source of a talking point that pairs a rival's weakness with our strength: "X's weakness “…” (…); our strength “…”". */
    private static final Pattern PAIRED_CARDS = Pattern.compile("'s weakness \u201c([^\u201d]*)\u201d.*?; our strength \u201c([^\u201d]*)\u201d");

    private BriefCritic() {
    }

    /** The line thanks them for their loyalty or custom (wrong for a client we owe something, or one at risk). */
    static boolean thanksForLoyalty(String text) {
        return text != null && THANKS_FOR_LOYALTY.matcher(text).find();
    }

    /** One incoherence in one client's brief: its class ({@code kind}), what is wrong, and the rules involved. */
    public record Incoherence(UUID clientId, String clientName, String kind, String detail, List<String> rules) {
        public Incoherence {
            rules = List.copyOf(rules);
        }
    }

    /** Every incoherence of {@code brief}, built from {@code input}; empty when it reads as one conversation. */
    public static List<Incoherence> check(BriefInput input, Brief brief) {
        List<Incoherence> found = new ArrayList<>();
        Brief.Conversation c = brief.conversation();
        LocalDate today = LocalDate.ofInstant(brief.at(), input.zone());
        List<BriefLine> frameLines = new ArrayList<>(c.talkingPoints());
        for (BriefLine line : List.of(nonNull(c.goal()), nonNull(c.nextStep()), nonNull(c.opener()))) {
            if (line.text() != null) {
                frameLines.add(line);
            }
        }

        if (c.goal() == null || c.opener() == null || c.nextStep() == null || c.tone() == null) {
            found.add(issue(brief, "missing-part", "the conversation lacks a " + (c.goal() == null ? "goal" : c.opener() == null ? "opener"
                    : c.nextStep() == null ? "next step" : "tone"), List.of(c.owner().rule())));
        }
        if (c.offerPolicy() != OfferPolicy.OFFER_NEW) {
            for (BriefLine line : frameLines) {
                LineIntent intent = LineIntent.guess(ownWords(line.text()));
                if (intent.promotes()) {
                    found.add(issue(brief, "sells-under-policy", "\u201c" + line.text() + "\u201d " + (intent == LineIntent.SELL ? "sells"
                            : "asks for advocacy") + " while the offer policy is " + c.offerPolicy().code(), rules(line.rule(), c.offerPolicyRule())));
                }
            }
        }
        if (c.goal() != null && c.nextStep() != null && !Objects.equals(c.goal().rule(), c.nextStep().rule())) {
            found.add(issue(brief, "next-step-off-goal", "the next step (\u201c" + c.nextStep().text() + "\u201d) comes from another rule than the goal",
                    rules(c.goal().rule(), c.nextStep().rule())));
        }
        for (BriefLine avoid : c.avoid()) {
            Set<LineIntent> forbids = BriefEngine.forbidden(avoid, java.util.Map.of());
            boolean againstThanks = THANKS_FOR_LOYALTY.matcher(avoid.text()).find();
            for (BriefLine point : c.talkingPoints()) {
                if (forbids.contains(LineIntent.guess(ownWords(point.text()))) || (againstThanks && THANKS_FOR_LOYALTY.matcher(point.text()).find())) {
                    found.add(issue(brief, "point-against-avoid", "\u201c" + point.text() + "\u201d goes against \u201c" + avoid.text() + "\u201d",
                            rules(point.rule(), avoid.rule())));
                }
            }
        }
        if (c.talkingPoints().size() > BriefEngine.MAX_TALKING_POINTS) {
            found.add(issue(brief, "too-many-points", c.talkingPoints().size() + " talking points", List.of()));
        }
        Set<String> texts = new HashSet<>();
        for (BriefLine line : c.talkingPoints()) {
            if (!texts.add(line.text())) {
                found.add(issue(brief, "said-twice", "\u201c" + line.text() + "\u201d", List.of(line.rule())));
            }
        }
        for (BriefLine line : allLines(brief)) {
            if (line.text() != null && line.text().matches(".*\\{[A-Za-z]+}.*")) {
                found.add(issue(brief, "unfilled-text", "\u201c" + line.text() + "\u201d", List.of(line.rule())));
            }
        }

        // The phase: a relationship of a few weeks is never "mature".
        LocalDate firstPurchase = input.purchases().stream().map(Purchase::purchasedOn)
                .filter(d -> d != null && !d.isAfter(today)).min(LocalDate::compareTo).orElse(null);
        if (brief.phase() == Phase.MATURE && firstPurchase != null
                && BriefFacts.days(firstPurchase, today) < input.settings().honeymoonDays()) {
            found.add(issue(brief, "new-client-called-mature", "first purchase " + TimeWords.ago(firstPurchase, today)
                    + ", yet the phase is mature", List.of("fact:phase")));
        }
        if (brief.phase() == Phase.HONEYMOON_AT_RISK && c.offerPolicy() == OfferPolicy.OFFER_NEW) {
            found.add(issue(brief, "sells-to-a-soured-start", "a new client whose start went wrong, yet the offer policy is offer-new",
                    List.of(c.offerPolicyRule())));
        }

        // Thanks for loyalty to a client who left, who does not answer, or whom we owe something.
        boolean owed = input.opportunities().stream().anyMatch(o -> o.kind() == OpportunityKind.COMPLAINT && openAt(o, today))
                || brief.openItems().stream().anyMatch(line -> line.text().startsWith("Overdue follow-up")
                        && !line.text().contains("in touch since") && !line.text().contains("a reminder of ours")
                        && !line.text().contains("given on record"));
        List<Brief.Recent> touchpoints = brief.lately().stream().filter(r -> !r.what().equals("Note")).toList();
        boolean silent = touchpoints.size() >= 2 && touchpoints.get(0).what().endsWith("no reply") && touchpoints.get(1).what().endsWith("no reply")
                && silenceLasted(touchpoints, today);
        if (brief.phase() == Phase.LAPSED || owed || silent) {
            for (BriefLine line : frameLines) {
                if (THANKS_FOR_LOYALTY.matcher(line.text()).find()) {
                    found.add(issue(brief, "misplaced-thanks", "\u201c" + line.text() + "\u201d to a client who "
                            + (brief.phase() == Phase.LAPSED ? "has drifted away" : owed ? "is owed something" : "has not answered lately"),
                            List.of(line.rule())));
                }
            }
        }
        // Thanks for loyalty needs a relationship; a review waits until what we set up or put right is done; a rating below
        // the top is owned in their words, never thanked for.
        BriefFacts facts = BriefFacts.derive(input, brief.at());
        for (BriefLine line : frameLines) {
            if (!facts.relationship && THANKS_FOR_LOYALTY.matcher(line.text()).find()) {
                long days = input.purchases().stream().map(Purchase::purchasedOn).distinct().count();
                found.add(issue(brief, "loyalty-without-relationship", "\u201c" + line.text() + "\u201d to a client who has bought "
                        + (days == 1 ? "once" : "on only " + days + " days"), List.of(line.rule())));
            }
            if (facts.unfinished != null && LineIntent.guess(ownWords(line.text())) == LineIntent.ADVOCACY) {
                found.add(issue(brief, "review-while-unfinished", "\u201c" + line.text() + "\u201d while " + facts.unfinished,
                        List.of(line.rule())));
            }
            if (!facts.rating.equals("top") && !facts.rating.equals("none") && THANKS_FOR_RATING.matcher(ownWords(line.text())).find()
                    && !reviewedSince(input, facts.ratingDay, line)) {
                found.add(issue(brief, "rating-thanked", "\u201c" + line.text() + "\u201d after they rated us " + facts.values.get("ratingScore"),
                        List.of(line.rule())));
            }
        }
        String ratingWords = facts.values.get("ratingWords");
        // Who told us of hard times is asked how they are on this call, not about our waiting times.
        if (ratingWords != null && !facts.rating.equals("top") && !facts.doNotContact && !facts.values.containsKey("hardWords")
                && frameLines.stream().noneMatch(line -> line.text().toLowerCase(Locale.ROOT).contains(ratingWords.toLowerCase(Locale.ROOT)))) {
            found.add(issue(brief, "rating-not-owned", "they rated us " + facts.values.get("ratingScore") + " and said \u201c" + ratingWords
                    + "\u201d, and no line of the conversation says it", List.of(c.owner().rule())));
        }
        boolean fixOnRecord = input.opportunities().stream().anyMatch(o -> o.kind() == OpportunityKind.COMPLAINT && !openAt(o, today))
                || input.touchpoints().stream().anyMatch(t -> !t.occurredAt().isAfter(brief.at()) && TextSignals.saysSettled(t.outcome()));
        for (BriefLine line : frameLines) {
            if (!fixOnRecord && RECALLS_A_FIX.matcher(line.text()).find()) {
                found.add(issue(brief, "recalls-a-fix-never-made", "\u201c" + line.text() + "\u201d with no fix on record", List.of(line.rule())));
            }
        }

        // Openers whose time words ring false.
        if (c.opener() != null && SINCE_LAST_TALK.matcher(c.opener().text()).find()) {
            Brief.PriorTouchpoint prior = brief.priorTouchpoint();
            boolean everHeard = input.touchpoints().stream().anyMatch(t -> !t.occurredAt().isAfter(brief.at()) && BriefFacts.heard(t));
            if (!everHeard) {
                found.add(issue(brief, "opener-rings-false", "the opener refers to a conversation, but they have never answered",
                        List.of(c.opener().rule())));
            } else if (prior != null && prior.answered() && c.opener().text().contains("how have things been since")
                    && BriefFacts.days(LocalDate.ofInstant(prior.occurredAt(), input.zone()), today) <= 2) {
                found.add(issue(brief, "opener-rings-false", "\u201chow have things been since?\u201d about a contact "
                        + TimeWords.ago(LocalDate.ofInstant(prior.occurredAt(), input.zone()), today), List.of(c.opener().rule())));
            }
        }

        // What the caller must know: every pinned note, and a note asking for writing turns the call into a message.
        for (Note note : input.notes()) {
            if (note.pinned() && (note.createdAt() == null || !note.createdAt().isAfter(brief.at())) && !facts.pastPlans.contains(note.id())
                    && brief.remember().stream().noneMatch(line -> sameStart(line.text(), note.body()))) {
                found.add(issue(brief, "pinned-note-left-out", "\u201c" + note.body() + "\u201d", List.of("fact:pinned-note")));
            }
            if ((note.createdAt() == null || !note.createdAt().isAfter(brief.at())) && (note.pinned() || TextSignals.isCaution(note.body()))
                    && TextSignals.writtenPreference(note.body()).isPresent()) {
                if (c.channel() == Channel.CALL || c.channel() == Channel.VISIT) {
                    found.add(issue(brief, "calls-against-a-note", "the brief suggests a " + c.channel().label().toLowerCase(Locale.ROOT)
                            + " though a note says \u201c" + note.body() + "\u201d", List.of("fact:channel")));
                }
                for (BriefLine line : frameLines) {
                    if (TextSignals.needsACall(line.text())) {
                        found.add(issue(brief, "calls-against-a-note", "\u201c" + line.text() + "\u201d though a note says \u201c"
                                + note.body() + "\u201d", List.of(line.rule())));
                    }
                }
            }
        }

        // The cautions under Remember shape the call as one voice: a message does not call itself a call, and who takes the
        // call, when it may come and how long it runs are said where the caller reads how to reach them.
        boolean written = c.channel() == Channel.EMAIL || c.channel() == Channel.MESSAGE;
        if (written) {
            for (BriefLine line : frameLines) {
                if (TextSignals.speaksOfCalling(ownWords(line.text()))) {
                    found.add(issue(brief, "calls-in-a-message", "\u201c" + line.text() + "\u201d in a "
                            + c.channel().label().toLowerCase(Locale.ROOT), List.of(line.rule())));
                }
            }
        }
        String how = c.channelWhy() == null || c.channelWhy().text() == null ? "" : c.channelWhy().text().toLowerCase(Locale.ROOT);
        String opener = c.opener() == null || c.opener().text() == null ? "" : c.opener().text().toLowerCase(Locale.ROOT);
        if (facts.goBetween != null && !how.contains(facts.goBetween) && !opener.contains(facts.goBetween)) {
            found.add(issue(brief, "against-a-caution", "a note says \u201c" + facts.goBetweenWhy + "\u201d, yet nothing says to go through their "
                    + facts.goBetween, List.of("fact:channel")));
        }
        if (facts.callWindow != null && CallCautions.spoken(c.channel())
                && !how.contains(facts.callWindow.replaceFirst("^not ", "").toLowerCase(Locale.ROOT))) {
            found.add(issue(brief, "against-a-caution", "a note says \u201c" + facts.callWindowWhy + "\u201d, yet the " + c.channel().label()
                    .toLowerCase(Locale.ROOT) + " is not kept to " + facts.callWindow, List.of("fact:channel")));
        }
        if (facts.keepShortWhy != null && c.talkingPoints().size() > CallCautions.SHORT_CALL_POINTS) {
            found.add(issue(brief, "against-a-caution", c.talkingPoints().size() + " talking points though a note says \u201c"
                    + facts.keepShortWhy + "\u201d", List.of()));
        }
        if (facts.decider != null) {
            for (BriefLine line : frameLines) {
                if (TextSignals.leavesTheDeciderUnnamed(line.text())) {
                    found.add(issue(brief, "against-a-caution", "\u201c" + line.text() + "\u201d though a note says " + facts.decider + " decides",
                            List.of(line.rule())));
                }
            }
        }
        String atRisk = facts.values.get("atRiskNote");
        if (atRisk != null && brief.remember().stream().noneMatch(line -> sameStart(atRisk, line.text()))) {
            found.add(issue(brief, "at-risk-note-left-out", "\u201c" + atRisk + "\u201d stands, and Remember does not show it",
                    List.of("fact:at-risk-note")));
        }

        // Facts right in time.
        for (BriefLine item : brief.openItems()) {
            if (item.text().startsWith("Overdue follow-up: ")) {
                boolean stillOpen = input.followUps().stream().anyMatch(f -> BriefFacts.openAt(f, brief.at())
                        && f.dueOn().isBefore(today) && item.text().contains(BriefFacts.stripEnd(f.reason())));
                if (!stillOpen) {
                    found.add(issue(brief, "done-shown-overdue", "\u201c" + item.text() + "\u201d though it was done", List.of(item.rule())));
                }
            }
        }
        Brief.PriorTouchpoint prior = brief.priorTouchpoint();
        if (prior != null && prior.followUpOverdue()) {
            boolean done = input.followUps().stream().filter(f -> f.dueOn().equals(prior.followUpOn()))
                    .anyMatch(f -> !BriefFacts.openAt(f, brief.at()))
                    && input.followUps().stream().filter(f -> f.dueOn().equals(prior.followUpOn()))
                    .noneMatch(f -> BriefFacts.openAt(f, brief.at()));
            if (done) {
                found.add(issue(brief, "done-shown-overdue", "the last contact's promise for " + prior.followUpOn()
                        + " is shown as overdue though it was done", List.of("fact:follow-up")));
            }
        }
        for (Opportunity refusal : input.opportunities()) {
            if (refusal.kind() == OpportunityKind.REFUSAL && refusal.productId() != null && boughtSince(refusal, input, today)
                    && brief.openItems().stream().anyMatch(line -> line.text().startsWith("Refused: " + refusal.summary()))
                    // Another refusal in the same words that no purchase superseded explains the line.
                    && input.opportunities().stream().noneMatch(other -> other != refusal && other.kind() == OpportunityKind.REFUSAL
                    && Objects.equals(other.summary(), refusal.summary()) && (other.productId() == null || !boughtSince(other, input, today)))) {
                found.add(issue(brief, "refusal-superseded", "they refused \u201c" + refusal.summary() + "\u201d but bought it since",
                        List.of("fact:refusal")));
            }
        }
        // A rival's weak spot about money is answered with money (a price, a deal), not by a strength that only shares a word with it.
        for (BriefLine point : c.talkingPoints()) {
            java.util.regex.Matcher pair = PAIRED_CARDS.matcher(point.source() == null ? "" : point.source());
            if (pair.find() && app.rapport.domain.SwotTopics.of(pair.group(1)).contains("price")) {
                Set<String> answer = app.rapport.domain.SwotTopics.of(pair.group(2));
                if (!answer.contains("price") && !answer.contains("promotions")) {
                    found.add(issue(brief, "price-answered-off-topic", "\u201c" + pair.group(1) + "\u201d is answered with \u201c" + pair.group(2) + "\u201d",
                            List.of(point.rule())));
                }
            }
        }
        // A line the caller reads aloud must not carry what a message of ours that got no answer says of their mood.
        if (brief.mood() != null && input.touchpoints().stream().filter(t -> !t.occurredAt().isAfter(brief.at()))
                .noneMatch(t -> BriefFacts.heard(t) && t.mood() == brief.mood())) {
            found.add(issue(brief, "mood-not-theirs", "the mood " + brief.mood().label().toLowerCase(Locale.ROOT)
                    + " comes from no contact in which they answered", List.of("fact:mood")));
        }
        return found;
    }

    /** A line's own words, without the client's facts it quotes (“…”) or names in brackets: those are the record, not the advice. */
    static String ownWords(String text) {
        return text == null ? "" : text.replaceAll("\u201c[^\u201d]*\u201d", "\u2026").replaceAll("\\([^)]*\\)", "");
    }

    /** They bought the refused product on or after the day they refused it. */
    private static boolean boughtSince(Opportunity refusal, BriefInput input, LocalDate today) {
        return input.purchases().stream().anyMatch(p -> refusal.productId().equals(p.productId())
                && p.purchasedOn() != null && !p.purchasedOn().isAfter(today)
                && (refusal.openedOn() == null || !p.purchasedOn().isBefore(refusal.openedOn())));
    }

    private static boolean openAt(Opportunity o, LocalDate day) {
        return (o.openedOn() == null || !o.openedOn().isAfter(day)) && o.status() == OpportunityStatus.OPEN
                && (o.closedOn() == null || o.closedOn().isAfter(day));
    }

    private static boolean sameStart(String shown, String body) {
        String a = shown.replace("…", "").replaceAll("\\s+", " ").strip();
        String b = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        // a note shown whole with a word after it ("… That was for March 2026: ask how it turned out.") is shown too
        return !a.isEmpty() && (b.startsWith(a.substring(0, Math.min(a.length(), 60))) || !b.isEmpty() && a.startsWith(b));
    }

    private static List<BriefLine> allLines(Brief brief) {
        List<BriefLine> lines = new ArrayList<>(brief.conversation().talkingPoints());
        lines.addAll(brief.conversation().avoid());
        lines.addAll(brief.openItems());
        for (BriefLine line : new BriefLine[] {brief.conversation().goal(), brief.conversation().opener(), brief.conversation().nextStep(),
                brief.conversation().tone(), brief.conversation().owner()}) {
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static BriefLine nonNull(BriefLine line) {
        return line == null ? new BriefLine(null, null) : line;
    }

    private static List<String> rules(String... codes) {
        List<String> result = new ArrayList<>();
        for (String code : codes) {
            if (code != null && !result.contains(code)) {
                result.add(code);
            }
        }
        return result;
    }

    private static Incoherence issue(Brief brief, String kind, String detail, List<String> rules) {
        return new Incoherence(brief.clientId(), brief.clientName(), kind, detail, rules);
    }

    /** A review they wrote after the rating that fell short is theirs to be thanked for: it is not the rating. */
    private static boolean reviewedSince(BriefInput input, LocalDate ratingDay, BriefLine line) {
        return ratingDay != null && line.text().toLowerCase(Locale.ROOT).contains("review")
                && input.opportunities().stream().anyMatch(o -> o.kind() == OpportunityKind.REFERRAL
                && TextSignals.saysReviewWritten(o.summary()) && o.openedOn().isAfter(ratingDay));
    }
}
