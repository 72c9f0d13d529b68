package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Note;
import app.rapport.domain.Touchpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What we did, or did not do, since they asked, said once in the opener: a quote they asked for weeks
 * ago and never got is owned as late ("I'm sorry it has taken us this long"), never offered as fresh
 * news; pricing we sent them since (in the ask's own outcome, a contact of ours, or a follow-up of ours
 * marked done) is said as sent, so the call asks whether it helped instead of promising it again; an
 * update of ours marked done on a request still open is contact, so the call does not say we never came
 * back to them; a check-in rhythm promised in an at-risk note ("weekly check-in until it settles") and
 * long broken is owned before anything else.
 */
final class OwnedLateness {
    /** A quote, a price or a proposal they asked for is late once this many days went by without it. */
    static final int QUOTE_LATE_DAYS = 14;
    /** A time they asked us for: "asked if we have a slot for …", "wanted to know your availability on Saturdays". */
    private static final Pattern SLOT_ASKED = Pattern.compile(
            "\\b(?:asked|enquired|wanted to know|wants to know|checked)\\b[^.;]{0,40}?\\b(?:a slot|any slots?|a time|availability|an appointment)\\b", Pattern.CASE_INSENSITIVE);
    /** A slot asked for this long ago with nothing since is a wait of ours to own. */
    static final int SLOT_LATE_DAYS = 21;

    /** "Wants a quote", "asked for a written quote", "pricing for the mobile app add-on", "Proposal requested". */
    private static final Pattern WANTS_A_PRICE = Pattern.compile(
            "\\b(?:(?:wants?|wanted|asked for|would like|requested|needs?)\\s+(?:a |an |the |some )?(?:written |formal |rough |firm )?"
                    + "(?:quote|quotation|price|pricing|proposal|estimate)|(?:quote|quotation|proposal|estimate|pricing) requested"
                    + "|\\bpricing for\\b)",
            Pattern.CASE_INSENSITIVE);
    /** What we gave them, in the outcome of their ask or a contact of ours: "Sent pricing", "Sent the price list", "Gave the brochure". */
    private static final Pattern GAVE = Pattern.compile(
            "\\b(sent|emailed|gave|handed)\\s+(?:them\\s+|her\\s+|him\\s+)?((?:the |a |an |our |some )?(?:\\w+ )?"
                    + "(?:price list|pricing|prices?|quote|quotation|proposal|estimate|references|brochure|details|spec sheet|information))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A follow-up of ours that sent them word, marked done: "Send Daniel a short update", "Send Adwoa pricing for the rugged tablets". */
    private static final Pattern SENT_WORD = Pattern.compile(
            "^\\s*(?:send|e-?mail|post|give|forward|share)\\s+(?:.+?\\s+)??((?:the|a|an|our|some|pricing|prices|details)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_GIVEN = Pattern.compile(
            "\\b(update|news|answer|quote|quotation|price list|pricing|prices?|proposal|estimate|details|information|brochure|references|figures|options)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The rhythm promised in an at-risk note: "weekly check-in", "call every fortnight", "monthly review". */
    private static final Pattern RHYTHM = Pattern.compile(
            "\\b(?:(weekly|fortnightly|monthly)\\b|every\\s+(week|fortnight|two weeks|month))", Pattern.CASE_INSENSITIVE);
    /** A rhythm promised is broken once this many of its gaps went by without a contact of ours. */
    private static final int RHYTHM_GAPS_BROKEN = 3;

    private OwnedLateness() {
    }

    /**
     * Reads {@code askSoFar}, the end of the opener of a thing they asked about and are deciding on:
     * what we gave them since, a quote we owe and are late with, or else the details we bring now.
     */
    static void ask(BriefFacts f, BriefInput in, Instant at, List<Touchpoint> past) {
        f.values.put("askSoFar", ", so I wanted to give you the details and see what would suit you.");
        String thing = f.values.getOrDefault("askThing", "it");
        f.values.put("askNext", "Send the price and two or three dates for " + thing + " the same day, and note when to hear back.");
        Touchpoint asked = f.askTouchpoint;
        if (!"deciding".equals(f.askState) || asked == null) {
            return;
        }
        sent(f, in, at, past, asked);
        if (!f.values.get("askSoFar").startsWith(", so ") && !f.values.get("askSoFar").contains("sorry") && !f.values.containsKey("askSentBefore")) {
            // what they needed to decide was sent: the next step is their answer to it, not sending it again
            f.values.put("askNext", "Note what they made of what we sent, offer two or three dates for " + thing + ", and note when to hear back.");
        }
    }

    private static void sent(BriefFacts f, BriefInput in, Instant at, List<Touchpoint> past, Touchpoint asked) {
        LocalDate on = BriefFacts.day(asked, in);
        String outcome = asked.outcome() == null ? "" : asked.outcome();
        Matcher gave = GAVE.matcher(outcome);
        if (gave.find()) {
            f.values.put("askSoFar", ", and we " + verb(gave.group(1)) + " you " + said(gave.group(2)) + " then. I wanted to see whether it helped, and what would suit you.");
            return;
        }
        String topic = lastWord(f.values.get("askThing"));
        TextSignals.Ask ask = TextSignals.ask(asked.summary(), false);
        java.util.Set<String> askTopic = ask == null ? java.util.Set.of() : ask.topic();
        for (int i = past.indexOf(asked) - 1; i >= 0; i--) {
            Touchpoint t = past.get(i);
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            Matcher since = GAVE.matcher(words);
            if (t.direction() == Direction.OUTBOUND && since.find() && aboutTheAsk(sentence(words, since.start(2)), topic, askTopic)) {
                f.values.put("askSoFar", ", and we " + verb(since.group(1)) + " you " + said(since.group(2)) + " on " + f.dayInWords(BriefFacts.day(t, in), f.today)
                        + ". I wanted to see whether it helped, and what would suit you.");
                return;
            }
        }
        FollowUp done = doneSince(in, at, on, topic, askTopic, false);
        if (done != null) {
            f.values.put("askSoFar", ", and we sent you " + given(done.reason()) + " on " + f.dayInWords(LocalDate.ofInstant(done.doneAt(), in.zone()), f.today)
                    + ". I wanted to see whether it answered your question, and what would suit you.");
            return;
        }
        String words = asked.summary() + " " + outcome;
        if (sentBefore(f, in, past, asked, topic, askTopic)) {
            return;
        }
        if (WANTS_A_PRICE.matcher(words).find() && BriefFacts.days(on, f.today) >= QUOTE_LATE_DAYS) {
            f.values.put("askSoFar", ", and I'm sorry it has taken us this long to get it to you. I wanted to give you the details now and see what would suit you.");
        } else if (SLOT_ASKED.matcher(words).find() && BriefFacts.days(on, f.today) >= SLOT_LATE_DAYS) {
            // "Asked if we have a slot on a Wednesday evening — No booking yet", a month ago: the slot was ours to find, not theirs to decide
            f.values.put("askSoFar", ", and I'm sorry you've waited on it this long. I wanted to give you a time that works, and the details.");
        }
    }

    /** How long before their ask a quote of ours for the same thing may not have reached them. */
    private static final int SENT_BEFORE_DAYS = 45;
    /** A quote of ours, the person named or not: "Sent Sebastián a written quote for the extended warranty". */
    private static final Pattern QUOTE_SENT = Pattern.compile(
            "\\b(?:sent|emailed|posted)\\s+(?:[\\p{L}'.-]+\\s+){0,2}?((?:a|an|the|our)\\s+(?:written |formal |firm )?(?:quote|quotation|proposal|estimate)\\b[^.;]*)",
            Pattern.CASE_INSENSITIVE);

    /**
     * They ask for a quote we sent them in the weeks before, with no word of theirs on it since: it may not have reached them, so
     * the call asks whether it did rather than offering it as new (Sebastián Dubois, read 49: a written quote for the extended
     * warranty sent on November 14, no reply, and asked for again on December 1).
     */
    private static boolean sentBefore(BriefFacts f, BriefInput in, List<Touchpoint> past, Touchpoint asked, String topic, java.util.Set<String> askTopic) {
        if (!WANTS_A_PRICE.matcher(asked.summary() + " " + (asked.outcome() == null ? "" : asked.outcome())).find()) {
            return false;
        }
        LocalDate on = BriefFacts.day(asked, in);
        for (int i = past.indexOf(asked) + 1; i < past.size(); i++) {
            Touchpoint t = past.get(i);
            LocalDate day = BriefFacts.day(t, in);
            if (BriefFacts.days(day, on) > SENT_BEFORE_DAYS) {
                return false;
            }
            Matcher sent = QUOTE_SENT.matcher(t.summary() == null ? "" : t.summary());
            String said = ((t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            if ((t.direction() == Direction.INBOUND || BriefFacts.heard(t)) && (WANTS_A_PRICE.matcher(said).find() || said.contains("quote")
                    || topic != null && said.contains(topic))) {
                return false; // a word of theirs on it between: what we sent reached them
            }
            if (sent.find() && aboutTheAsk(sent.group(1).toLowerCase(Locale.ROOT), topic, askTopic)) {
                String when = f.dayInWords(day, f.today);
                String what = sent.group(1).replaceFirst("(?i)^(?:a|an|our)\\s+", "a ").replaceAll("\\s+for\\s+.*$", "");
                f.values.put("askSoFar", ", and we sent you " + what + " on " + when + ". I wanted to check it reached you, and see what would suit you.");
                f.values.put("askSentBefore", ": we sent " + what + " on " + when + " and no reply is on record, so ask whether it reached them,"
                        + " and have the details and the price to hand");
                f.values.put("askNext", "If the quote did not reach them, send it again the same day, and note when to hear back.");
                return true;
            }
        }
        return false;
    }

    /**
     * Reads {@code requestSorry}, how the opener of a request long open owns it: an update of ours marked
     * done since it was asked is said as sent, and what is owned is the answer still missing.
     */
    static void request(BriefFacts f, BriefInput in, Instant at) {
        f.values.put("requestSorry", ", and I'm sorry we never came back to you properly.");
        if (f.requestAgeDays == null) {
            return;
        }
        FollowUp done = doneSince(in, at, f.today.minusDays(f.requestAgeDays), null, java.util.Set.of(), true);
        if (done != null) {
            f.values.put("requestSorry", ". We sent you " + given(done.reason()) + " on " + f.dayInWords(LocalDate.ofInstant(done.doneAt(), in.zone()), f.today)
                    + ", but I'm sorry you still haven't had a proper answer.");
        }
    }

    /**
     * Reads {@code atRiskLapse}: an at-risk note that promised a rhythm of check-ins, with no contact of
     * ours for three of its gaps, opens by owning it.
     */
    static void atRisk(BriefFacts f, BriefInput in, Instant at, List<Touchpoint> past) {
        f.values.put("atRiskLapse", "");
        String note = f.values.get("atRiskNote");
        if (note == null) {
            return;
        }
        Matcher rhythm = RHYTHM.matcher(note);
        if (!rhythm.find()) {
            return;
        }
        String every = (rhythm.group(1) != null ? rhythm.group(1) : rhythm.group(2)).toLowerCase(Locale.ROOT);
        int gap = every.startsWith("week") ? 7 : every.startsWith("fortnight") || every.startsWith("two") ? 14 : 30;
        String said = gap == 7 ? "every week" : gap == 14 ? "every fortnight" : "every month";
        LocalDate written = null;
        for (Note n : in.notes()) {
            if (n.createdAt() != null && !n.createdAt().isAfter(at) && BriefFacts.stripEnd(n.body()).startsWith(note.length() > 40 ? note.substring(0, 40) : note)) {
                written = LocalDate.ofInstant(n.createdAt(), in.zone());
                break;
            }
        }
        if (written == null) {
            return;
        }
        LocalDate lastOurs = past.isEmpty() || BriefFacts.day(past.get(0), in).isBefore(written) ? null : BriefFacts.day(past.get(0), in);
        for (FollowUp fu : in.followUps()) {
            LocalDate done = fu.doneAt() == null || fu.doneAt().isAfter(at) ? null : LocalDate.ofInstant(fu.doneAt(), in.zone());
            if (done != null && !done.isBefore(written) && (lastOurs == null || done.isAfter(lastOurs))) {
                lastOurs = done; // a follow-up of ours marked done is contact too
            }
        }
        LocalDate since = lastOurs == null ? written : lastOurs;
        if (BriefFacts.days(since, f.today) < (long) gap * RHYTHM_GAPS_BROKEN) {
            return;
        }
        f.values.put("atRiskLapse", "we meant to be in touch " + said + ", and we haven't been since "
                + f.dayInWords(lastOurs == null ? written : lastOurs, f.today)
                + ": that's on us. ");
    }

    /** A follow-up of ours done since {@code on} that gave them word (about {@code topic}, when it names a thing), or null. */
    /**
     * What we sent is about what they asked when it names no thing of its own ("the pricing"), or the
     * thing it names is theirs: {@code topic}, the last word of the thing asked about, else one of the
     * ask's own words ("pricing for the dash cams" answers no question about barcode scanners).
     */
    private static boolean aboutTheAsk(String what, String topic, java.util.Set<String> askTopic) {
        if (!what.contains(" for ") && !what.contains(" about ")) {
            return true;
        }
        if (topic != null) {
            return what.contains(topic);
        }
        return askTopic.isEmpty() || askTopic.stream().anyMatch(what::contains);
    }

    /** The words from {@code from} to the end of their sentence, in lower case. */
    private static String sentence(String words, int from) {
        String rest = words.substring(from).toLowerCase(Locale.ROOT);
        int end = rest.indexOf('.');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static FollowUp doneSince(BriefInput in, Instant at, LocalDate on, String topic, java.util.Set<String> askTopic, boolean anyWord) {
        FollowUp newest = null;
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.doneAt().isAfter(at) || LocalDate.ofInstant(fu.doneAt(), in.zone()).isBefore(on)
                    || fu.dueOn() != null && fu.dueOn().isBefore(on) || fu.reason() == null || TextSignals.saysSalesReminder(fu.reason())) {
                continue;
            }
            Matcher sent = SENT_WORD.matcher(BriefFacts.stripEnd(fu.reason()));
            if (!sent.find() || !WORD_GIVEN.matcher(sent.group(1)).find()) {
                continue;
            }
            String what = sent.group(1).toLowerCase(Locale.ROOT);
            boolean aboutIt = aboutTheAsk(what, topic, askTopic);
            if ((anyWord || OwedWords.AWAITED.matcher(what).find()) && aboutIt && (newest == null || fu.doneAt().isAfter(newest.doneAt()))) {
                newest = fu;
            }
        }
        return newest;
    }

    private static String given(String reason) {
        Matcher sent = SENT_WORD.matcher(BriefFacts.stripEnd(reason));
        sent.find();
        return said(sent.group(1));
    }

    private static String said(String thing) {
        String t = thing.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pricing") || lower.startsWith("prices") || lower.startsWith("details") || lower.startsWith("information")) {
            return "the " + t;
        }
        return lower.startsWith("our ") ? "our " + t.substring(4) : lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")
                || lower.startsWith("some ") ? lower.charAt(0) + t.substring(1) : t;
    }

    private static String verb(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return v.equals("handed") ? "gave" : v;
    }

    private static String lastWord(String thing) {
        if (thing == null || thing.equals("it") || thing.isBlank()) {
            return null;
        }
        String[] words = thing.toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return TextSignals.singular(last);
    }

    /**
     * Reads {@code quietOwed} (the opener's sorry) and {@code quietOwedSaid} (the fact, in the line) for
     * something gone quiet that was waiting on us, not on them: a quote they asked for that nothing
     * since shows was sent, or a question of theirs with no answer logged and nothing of ours since
     * about it. "Ask whether it is still of interest, without chasing" alone would blame the silence on them.
     */
    static void quiet(BriefFacts f, BriefInput in, Instant at, List<Touchpoint> past) {
        f.values.put("quietOwed", "");
        f.values.put("quietOwedSaid", "");
        f.values.put("quietVerb", THINKING_OVER);
        f.values.put("quietNext", THEIRS_TO_WEIGH);
        String words = f.values.get("quietWords");
        if (!f.offerGoneQuiet || f.quietAgeDays == null || words == null) {
            return;
        }
        LocalDate on = f.today.minusDays(f.quietAgeDays);
        Touchpoint source = null;
        for (Touchpoint t : past) {
            if (BriefFacts.day(t, in).equals(on) && words.startsWith(BriefFacts.stripEnd(t.summary()))) {
                source = t;
                break;
            }
        }
        if (source == null) {
            return;
        }
        List<Touchpoint> since = past.subList(0, past.indexOf(source));
        String outcome = source.outcome() == null ? "" : source.outcome();
        Matcher wanted = WANTS_A_PRICE.matcher(source.summary() + " " + outcome);
        String topic = lastWord(f.values.get("quietThing"));
        boolean sentThere = source.direction() == Direction.OUTBOUND
                && TextSignals.saysPriceOrProposalSent(source.summary());
        if (wanted.find() && !sentThere && !gavePrice(outcome) && !TextSignals.saysStepBooked(outcome)
                && since.stream().noneMatch(t -> t.direction() == Direction.OUTBOUND && gaveAbout(t, topic))
                && doneSince(in, at, on, topic, java.util.Set.of(), false) == null) {
            String what = wanted.group().toLowerCase(Locale.ROOT);
            String it = what.contains("proposal") ? "a proposal" : what.contains("estimate") ? "an estimate" : what.contains("quot") ? "a quote"
                    : what.contains("pricing") ? "pricing" : "a price";
            // one sent before this ask (a quote in August, asked for again in September) is not "never sent": the new one is owed
            List<OpenThreads.Given> before = OpenThreads.pricesGiven(in, past.subList(past.indexOf(source) + 1, past.size()), on, f.today,
                    f.values.get("quietThing"));
            if (!before.isEmpty()) {
                OpenThreads.Given last = before.get(before.size() - 1);
                f.values.put("quietOwed", " You asked us for " + it + " again then, and I'm sorry we haven't sent a fresh one.");
                f.values.put("quietOwedSaid", " (we had sent " + last.what() + " on " + f.dayInWords(last.on(), f.today)
                        + "; the one they asked for again has not gone out)");
                f.values.put("quietNext", OURS_NEXT + "send " + (it.equals("pricing") ? "fresh pricing" : "a fresh " + it.replaceFirst("^an? ", "")) + " and ask whether it is still of interest");
                return;
            }
            f.values.put("quietOwed", " You asked us for " + it + " then, and I'm sorry we never sent it.");
            f.values.put("quietOwedSaid", " (the " + it.replaceFirst("^an? ", "") + " they asked for was never sent)");
            f.values.put("quietNext", OURS_NEXT + "send " + it.replaceFirst("^an? ", "the ") + " and ask whether it is still of interest");
            return;
        }
        Matcher paper = PAPER_SENT.matcher(source.summary());
        if (source.direction() == Direction.OUTBOUND && paper.find()) {
            // "Sent Frank a written quote for the descale and service", and nothing since: the last word is a paper of ours, so
            // the call asks whether it reached them, not only whether they are still thinking (Frank Hernández, Kingsley Holiday
            // Cottages, read 50)
            String it = paper.group(1).toLowerCase(Locale.ROOT);
            it = it.equals("pricing") ? it : "the " + it;
            String day = f.dayInWords(on, f.today);
            f.values.put("quietOwed", " We sent you " + it + " for it on " + day + ": did it reach you all right?");
            f.values.put("quietNext", "we sent " + it + " then, so ask whether it reached them and suited them, without chasing");
            return;
        }
        if (source.direction() == Direction.OUTBOUND && AgreedWithUs.YES.matcher(outcome).find() && !TextSignals.saysRefusal(outcome)) {
            // "Invited Rafael to test a new coffee machine at home for a week — Agreed to try it": their yes left the next
            // step to us (bring it, book it), so the months since are ours, not theirs spent thinking it over (read 41)
            boolean trial = TRIED_OUT.matcher(source.summary() + " " + outcome).find();
            f.values.put("quietVerb", trial ? "agreed to try" : "said yes to");
            f.values.put("quietOwed", " I'm sorry we never set " + (trial ? "the trial" : "it") + " up with you.");
            f.values.put("quietOwedSaid", " shows we set " + (trial ? "the trial" : "it") + " up");
            f.values.put("quietNext", OURS_NEXT + "offer them a day for it and ask whether it is still of interest");
            return;
        }
        TextSignals.Ask ask = f.askIn(source.summary(), false);
        if (source.direction() == Direction.INBOUND && ReportedQuestion.of(ask) && (outcome.isBlank() || canWeAsked(ask, outcome))
                && since.stream().noneMatch(t -> t.direction() == Direction.OUTBOUND && ask.topic().stream()
                        .anyMatch((t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT)::contains))
                && doneSince(in, at, on, topic, java.util.Set.of(), true) == null) {
            f.values.put("quietOwed", " You asked us " + ask.spoken() + ", and I'm sorry we never came back to you on it.");
            f.values.put("quietOwedSaid", " (no answer of ours is logged)");
            f.values.put("quietNext", OURS_NEXT + "answer it and ask whether it is still of interest");
            return;
        }
        if (source.direction() == Direction.INBOUND && ask != null && ask.kind() != TextSignals.AskKind.PLAN) {
            // "Ethan asked about the scalp treatment — Booked a consultation": they asked us, they were not weighing up an offer of ours
            f.values.put("quietVerb", "asked us about");
            if (!f.values.getOrDefault("quietVisit", "").isEmpty()) {
                // the step we booked for them never shows in the record: offering a time again is ours, not theirs to chase
                f.values.put("quietNext", OURS_NEXT + "offer them a time and ask whether it is still of interest");
            }
        }
    }

    /** What we sent them: "a written quote", "the proposal", "the price list". */
    private static final Pattern PAPER_SENT = Pattern.compile(
            "^\\s*(?:sent|emailed|posted)\\b[^.;]{0,40}?\\b(written quote|quote|proposal|estimate|price list|pricing|price)\\b", Pattern.CASE_INSENSITIVE);
    /** An offer to try something out: "test a new coffee machine at home for a week", "a free trial". */
    private static final Pattern TRIED_OUT = Pattern.compile("\\b(?:try|trial|test|tested|testing)\\b", Pattern.CASE_INSENSITIVE);
    /** What they did with something gone quiet, unless the record says otherwise: an offer of ours, theirs to weigh. */
    static final String THINKING_OVER = "were thinking over";
    /** The line's end when what went quiet waits on them: it is theirs to weigh, and the call does not chase it. */
    static final String THEIRS_TO_WEIGH = "ask whether it is still of interest, without chasing";
    /** The line's end when what went quiet waits on us. */
    private static final String OURS_NEXT = "the next move is ours, so ";

    /**
     * Whether the words say we gave them a price: "Sent pricing", "Sent the price list". References,
     * a spec sheet or information sent after "pricing for the Dispatch licence with 30 users" answer
     * something else, and the price is still owed.
     */
    private static boolean gavePrice(String words) {
        Matcher gave = GAVE.matcher(words);
        while (gave.find()) {
            if (!NOT_A_PRICE.matcher(gave.group(2)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NOT_A_PRICE = Pattern.compile("\\b(?:references|spec sheet|information)\\b", Pattern.CASE_INSENSITIVE);

    /** "whether we could do the bridal trial for a group of four", "if we have a slot": only we can answer it. */
    private static final Pattern CAN_WE = Pattern.compile("^(?:whether|if)\\s+(?:we|you)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A question only we can answer ("asked whether we could do the bridal trial for a group of four"), left
     * with an outcome that answers nothing ("No booking yet"): the silence after it is ours, not their thinking it over.
     */
    private static boolean canWeAsked(TextSignals.Ask ask, String outcome) {
        TextSignals.AskOutcome said = TextSignals.askOutcome(outcome);
        return ask.kind() == TextSignals.AskKind.QUESTION && CAN_WE.matcher(ask.phrase().strip()).find()
                && said != TextSignals.AskOutcome.DONE && said != TextSignals.AskOutcome.INFORMED;
    }

    /** A contact of ours that gave them a price or a quote, for the thing when it names what for. */
    private static boolean gaveAbout(Touchpoint t, String topic) {
        String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
        return GAVE.matcher(words).find() && (topic == null || !words.contains(" for the ") || words.contains(topic));
    }
}
