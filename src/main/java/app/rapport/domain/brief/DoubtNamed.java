package app.rapport.domain.brief;

import app.rapport.domain.Mood;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a doubt they showed was about, when the words of that contact say it: "Gareth called Jana to
 * check the washing machine is level and not vibrating. Hesitant; needs reassurance" is a doubt about
 * whether the washing machine is level and not vibrating, and a doubtful frame says so instead of
 * "what was on your mind".
 */
final class DoubtNamed {
    /** "to check (that) the X is …", "wonders whether …", "not sure about …", "worried that …". */
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(?:to check|checking|wonder(?:s|ed|ing)?|not sure|unsure|worried|concerned|doubts?|asked)\\s+"
                    + "(?:(?:that|whether|if|about|about whether)\\s+)?((?:the|their|her|his|its|it|they)\\b[^.;:!?]{6,90}?)\\s*(?=[.;:!?]|$)",
            Pattern.CASE_INSENSITIVE);

    private DoubtNamed() {
    }

    /** Reads {@code doubtWhat} (for the opener) and {@code doubtSaid} (for the goal); the general words when nothing is named. */
    static void read(BriefFacts f) {
        f.values.put("doubtWhat", "what was on your mind");
        f.values.put("doubtSaid", "");
        String words = f.values.get("moodWords");
        if (f.leadingMood != Mood.DOUBTFUL || words == null) {
            return;
        }
        Matcher about = ABOUT.matcher(words);
        if (!about.find()) {
            return;
        }
        String thing = about.group(1).strip();
        String lower = thing.toLowerCase(Locale.ROOT);
        // "the washing machine is level": a state checked reads as a question; "the price" stays a thing
        boolean state = lower.matches(".*\\b(is|are|was|were|will|would|can|could|does|do|has|have|fits?|works?)\\b.*");
        String said = (state ? "whether " : "") + thing;
        f.values.put("doubtWhat", "any doubt about " + said);
        f.values.put("doubtSaid", " (" + said + ")");
    }
}
