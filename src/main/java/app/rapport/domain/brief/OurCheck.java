package app.rapport.domain.brief;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step of ours booked after a problem they mentioned ("Mentioned a small rattle; booked a check",
 * "said the door squeaks, engineer to pop round on the 14th"): something of ours under way until a
 * check on record says it was done. A purchase they made happily since does not end it: the rattle is
 * still ours to see to.
 */
final class OurCheck {
    /** A small problem they told us of, named by its noun. */
    private static final Pattern PROBLEM = Pattern.compile(
            "\\b(?:mentioned|noticed|reported|said|says|told us (?:about|of)|heard|complained of|found)\\b[^.;]{0,40}?\\b(?:a |an |the |some )?"
                    + "((?:(?:small|slight|little|odd|strange|faint|loud|new|bit of a|tiny) )?"
                    + "(?:rattle|rattling|noise|squeak|squeaking|hum|humming|buzz|buzzing|leak|drip|smell|crack|scratch|dent|wobble|vibration|fault|error(?: code)?|glitch|problem|issue))\\b",
            Pattern.CASE_INSENSITIVE);
    /** We booked someone or something to look at it. */
    private static final Pattern CHECK_BOOKED = Pattern.compile(
            "\\b(?:booked|arranged|scheduled|set up|organised|organized|sending|will send)\\b[^.;]{0,20}?\\b(?:a |an |the )?(?:check|look|inspection|service visit|visit|engineer|technician|callout|call-out|repair)\\b"
                    + "|\\b(?:check|inspection|engineer|technician)\\b[^.;]{0,20}?\\b(?:booked|arranged|scheduled|to (?:pop|come) (?:round|by|in))\\b",
            Pattern.CASE_INSENSITIVE);
    /** The check was done, or the problem is gone. */
    private static final Pattern CHECK_DONE = Pattern.compile(
            "\\b(?:checked|inspected|looked at|tightened|adjusted|serviced|fixed|sorted|replaced|repaired|no fault found|nothing wrong|all fine now|gone now)\\b"
                    + "|\\b(?:it|noise|rattle|rattling|squeak|leak|drip|hum|buzz|problem|fault)(?: has)? stopped\\b" // "stopped for a coffee" is no fix
                    + "|\\b(?:check|inspection|engineer|technician|visit)\\b[^.;]{0,30}?\\b(?:done|carried out|completed|went|came|found|was here|has been)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Things left for us after a review or a check-in: "Two open tickets", "Two actions for us", "three open points". */
    private static final Pattern ACTIONS_LEFT = Pattern.compile(
            "\\b((?:one|two|three|four|five|a few|some|several|\\d+) (?:open tickets?|actions? for us|open points?|open questions? for us|things? for us to do))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that the tickets or actions were dealt with. */
    private static final Pattern ACTIONS_DONE = Pattern.compile(
            "\\b(?:tickets?|actions?|points?)\\b[^.;]{0,30}?\\b(?:closed|done|resolved|sorted|fixed|completed|cleared)\\b"
                    + "|\\b(?:closed|resolved|completed|cleared|sorted|fixed) (?:the |both |all )?(?:\\w+ )?(?:tickets?|actions?|points?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Something sent to them to sign that waits for their signature: "new data processing agreement, signature needed", "contract sent for signing". */
    private static final Pattern SIGNATURE_AWAITED = Pattern.compile(
            "\\bsignatures? (?:needed|required|requested|awaited|pending|outstanding|still to come)\\b"
                    + "|\\b(?:waiting|awaiting|wait) (?:for |on )?(?:their |a |the |your |his |her )?(?:e-?)?signatures?\\b"
                    + "|\\bsent\\b[^.;]{0,50}?\\b(?:for (?:e-?)?(?:signing|signature)|to (?:be )?sign(?:ed)?)\\b"
                    + "|\\b(?:needs?|still) (?:to be |their )?sign(?:ed|ing|ature)\\b|\\bnot (?:yet )?signed\\b|\\bunsigned\\b",
            Pattern.CASE_INSENSITIVE);
    /** The paper to sign, with up to three words before its kind: "new data processing agreement", "order form". */
    private static final Pattern PAPER = Pattern.compile(
            "\\b((?:[\\p{L}-]+ ){0,3}?(?:agreement|contract|DPA|NDA|order form|form|terms|mandate|paperwork|statement of work|purchase order))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words since that the paper came back signed. */
    private static final Pattern SIGNED = Pattern.compile(
            "\\b(?:signed|countersigned|signature (?:received|came back|back|in)|returned (?:it|the [\\p{L} ]{1,40}?) signed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_SIGNED = Pattern.compile("\\b(?:not (?:yet )?signed|unsigned|to be signed|still to sign)\\b", Pattern.CASE_INSENSITIVE);

    // Words read for every contact of the last months: a plain look for a hint first spares the patterns most of them.
    private static final String[] BOOKED_HINTS = {"check", "look", "inspect", "visit", "engineer", "technician", "callout", "call-out", "repair"};
    private static final String[] LEFT_HINTS = {"ticket", "for us", "open point", "open question"};

    private OurCheck() {
    }

    /** What was left for us to do after a review or a check-in ("two open tickets"), or null. */
    static String actionsLeft(String outcome) {
        if (outcome == null || !TextSignals.mayHold(outcome, LEFT_HINTS)) {
            return null;
        }
        Matcher m = ACTIONS_LEFT.matcher(outcome);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * What waits for their signature in these words ("the new data processing agreement"), "" when the words say a
     * signature is awaited but not on what, or null when they say no such thing.
     */
    static String signatureAwaited(String words) {
        if (words == null || !words.toLowerCase(Locale.ROOT).contains("sign") || !SIGNATURE_AWAITED.matcher(words).find()) {
            return null;
        }
        Matcher paper = PAPER.matcher(words);
        if (!paper.find()) {
            return "";
        }
        return "the " + paper.group(1).replaceFirst("(?i)^(?:the|a|an|our|their|your) ", "");
    }

    /** The words say something came back signed; {@code paper} ("the new data processing agreement") or a paper of no name must be what they speak of. */
    static boolean signed(String words, String paper) {
        if (words == null || !SIGNED.matcher(words).find() || NOT_SIGNED.matcher(words).find()) {
            return false;
        }
        if (paper == null || paper.isEmpty()) {
            return true;
        }
        String kind = paper.substring(paper.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (words.toLowerCase(Locale.ROOT).contains(kind)) {
            return true;
        }
        // "Signed the Dispatch licence" or "contract for the licence signed" sign something else; "Signed and sent back" names nothing else
        return !PAPER.matcher(words).find() && !SIGNED_THING.matcher(words).find();
    }

    /** Something else named as signed ("signed the Dispatch licence", "contract for the licence signed"): not the paper we wait for. */
    private static final Pattern SIGNED_THING = Pattern.compile("\\bsigned (?:the|a|an|their|our) [\\p{L}]|\\b[\\p{L}]+ signed\\b", Pattern.CASE_INSENSITIVE);

    /** The words say the tickets or actions left for us were dealt with. */
    static boolean actionsDone(String words) {
        return words != null && ACTIONS_DONE.matcher(words).find();
    }

    /** The problem a check of ours was booked for ("a small rattle"), or null when the words tell of none. */
    static String booked(String words) {
        if (words == null || !TextSignals.mayHold(words, BOOKED_HINTS) || !CHECK_BOOKED.matcher(words).find()) {
            return null;
        }
        Matcher problem = PROBLEM.matcher(words);
        return problem.find() ? problem.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The words say we booked someone or something to look at it ("Engineer booked"), whatever the problem is called. */
    static boolean fixBooked(String words) {
        return words != null && TextSignals.mayHold(words, BOOKED_HINTS) && CHECK_BOOKED.matcher(words).find();
    }

    /** The words say a check was done, or the problem is gone. */
    static boolean done(String words) {
        return words != null && CHECK_DONE.matcher(words).find();
    }
}
