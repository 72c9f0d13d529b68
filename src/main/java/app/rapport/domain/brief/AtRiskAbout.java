package app.rapport.domain.brief;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an at-risk note of ours is about, to open the call with it: "support response times" in
 * "At risk: unhappy with support response times; weekly check-in until it settles".
 */
final class AtRiskAbout {
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(?:unhappy|not happy|frustrated|annoyed|upset|disappointed|worried|concerned|complain\\w*|fed up)\\s+(?:with|about|over|by|at)\\s+"
                    + "(?:the\\s+|our\\s+)?([^;.,:()!?\u2014\u2013]{3,60}?)\\s*(?=[;.,:()!?\u2014\u2013]|\\s+(?:since|until|after|so|and|but)\\b|$)",
            Pattern.CASE_INSENSITIVE);

    private AtRiskAbout() {
    }

    /** " about our support response times", or empty when the note names nothing it is unhappy with. */
    static String of(String note) {
        Matcher m = ABOUT.matcher(note == null ? "" : note);
        return m.find() ? " about our " + m.group(1).strip() : "";
    }
}
