package app.rapport.domain.brief;

import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something they agreed to do with us: join our customer panel, a case study, a testimonial, a beta or a user group
 * (a reference they agreed to be is a referral, thanked by its own rule). It is a favour to us and a thread of its
 * own, so a call that says "nothing else is going on" over it talks past them (Niamh, read 34: she agreed on
 * October 4 to join our panel on the showroom layout, and the brief asked only after her fridge freezer). While
 * nothing since speaks of it, the call thanks them and tells them what comes next for it. Reads {@code agreedSaid}
 * and {@code agreedOn}.
 */
final class AgreedWithUs {
    /** Older than this, a yes with nothing since has gone cold: history, not a thread. */
    static final int AGREED_DAYS = 150;
    private static final int WORDS_READ = 40;

    /** What they may agree to do with us, named by its noun. */
    private static final Pattern FAVOUR = Pattern.compile(
            "\\b(?:(?:our |the |a )?(?:customer |client |user |advisory )?panel|(?:a |our )?case stud(?:y|ies)|(?:a |our )?testimonial|(?:our |the )?beta(?: programme| program| test)?"
                    + "|(?:our |the |a )?(?:user|customer|advisory) (?:group|board|council|day)"
                    + "|(?:a |the )?home trial|\\b(?:test|try|trial)\\b[^.;]{0,50}?\\bat home)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A trial of one of our things in their own home: "test a new coffee machine at home for a week". */
    private static final Pattern HOME_TRIAL = Pattern.compile("\\bhome trial\\b|\\b(?:test|try|trial)\\b[^.;]{0,50}?\\bat home\\b", Pattern.CASE_INSENSITIVE);
    /** What we asked them to do: "Asked Niamh to join our customer panel on the new showroom layout". */
    private static final Pattern ASKED_TO = Pattern.compile(
            "\\b(?:asked|invited)\\b[^.;]{0,30}?\\bto (?:join|be|become|do|give|take part in|speak at|try|test|write)\\b[^.;]{0,80}",
            Pattern.CASE_INSENSITIVE);
    /** Their yes: "Agreed to join", "Happy to", "Said yes". */
    static final Pattern YES = Pattern.compile(
            "\\b(?:agreed|agrees|accepted|said yes|happy to|glad to|keen to|signed up|will join|would love to|delighted to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Their own words of it: "Agreed to take part in the beta of the new scheduling board". */
    private static final Pattern AGREED_TO = Pattern.compile("\\b(?:agreed|happy|glad|keen|delighted) to ([^.;]{3,80})", Pattern.CASE_INSENSITIVE);

    private AgreedWithUs() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > AGREED_DAYS) {
                return;
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = t.summary() + " \u2014 " + outcome;
            Matcher favour = FAVOUR.matcher(words);
            if (!favour.find() || !YES.matcher(words).find() || TextSignals.saysRefusal(words)) {
                continue;
            }
            String what = whatAgreed(t.summary(), outcome);
            if (what == null || spokenOfSince(favour.group(), past.subList(0, i)) || trialThingSince(what, past.subList(0, i))) {
                return; // the newest yes speaks; spoken of since, it has moved on and the newer words say where
            }
            f.values.put("agreedSaid", what);
            // a trial of something at home wants to know how it went, which is what the call asks first
            boolean trial = HOME_TRIAL.matcher(what).find();
            f.values.put("agreedNext", trial ? "ask how it went and what they made of it, and thank them for trying it"
                    : "thank them for it, and tell them what comes next and when");
            f.values.put("agreedGoal", trial ? "hear how it went and what they made of it" : "tell them what comes next for it, and when");
            f.values.put("agreedAsk", trial ? "how did you get on with it?" : "I wanted to tell you what comes next.");
            f.values.put("agreedYou", TextSignals.toSecondPerson(what));
            f.values.put("agreedOn", f.dayInWords(on, f.today));
            return;
        }
    }

    /**
     * What they said yes to, said after "they agreed to": from our ask ("asked Niamh to join our customer panel on the
     * new showroom layout") or from their own words ("Happy to be a case study for the trade magazine").
     */
    private static String whatAgreed(String summary, String outcome) {
        for (String words : new String[]{summary, outcome}) {
            Matcher asked = ASKED_TO.matcher(words);
            if (asked.find() && FAVOUR.matcher(asked.group()).find()) {
                return BriefFacts.stripEnd(asked.group().replaceFirst("(?i)^.*?\\bto ", ""));
            }
            Matcher agreed = AGREED_TO.matcher(words);
            if (agreed.find() && FAVOUR.matcher(agreed.group(1)).find()) {
                return BriefFacts.stripEnd(agreed.group(1));
            }
        }
        return null;
    }

    /** The thing tried at home, from "test a new coffee machine at home for a week": "coffee machine". */
    private static final Pattern TRIAL_THING = Pattern.compile("\\b(?:test|try|trial)\\s+(?:(?:a|an|the|our)\\s+)?(?:new\\s+)?([^.;]{3,40}?)\\s+at home\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A newer contact names the thing they tried at home ("wanted to see the coffee machine working before buying", "sent the
     * quote for the coffee machine"): the trial has moved on, and the newer words say where.
     */
    private static boolean trialThingSince(String what, List<Touchpoint> newer) {
        Matcher thing = TRIAL_THING.matcher(what);
        if (!thing.find()) {
            return false;
        }
        String named = thing.group(1).toLowerCase(Locale.ROOT);
        for (Touchpoint t : newer) {
            if ((t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT).contains(named)) {
                return true;
            }
        }
        return false;
    }

    /** A newer contact names the same thing ("the panel met on Tuesday", "sent them the case study draft"). */
    private static boolean spokenOfSince(String thing, List<Touchpoint> newer) {
        // "our customer panel" is spoken of as "the panel", "a user group" as "the group"
        String named = thing.toLowerCase(Locale.ROOT).replaceFirst("^(?:our |the |a )?(?:(?:customer|client|user|advisory) )?", "");
        String head = named.isEmpty() ? thing.toLowerCase(Locale.ROOT) : named.split(" ")[0];
        for (Touchpoint t : newer) {
            String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            if (words.contains(head)) {
                return true;
            }
        }
        return false;
    }
}
