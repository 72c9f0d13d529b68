package app.rapport.domain.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A frame's promise holds for every point: "Keep it short: one question, no news and no offers" is broken by the points
 * under it that bring a quote we owe and the renewal with its costs (read 40, Ironbridge). Those points stay (what we owe
 * is said under any frame), so the promise says what the call keeps to instead: only what the brief lists, nothing on top.
 */
final class FramePromise {
    /** "one question, no news and no offers", "one friendly question, no news and no offers". */
    private static final Pattern ONE_QUESTION = Pattern.compile(",? ?one (?:friendly |simple )?question, no news and no offers");

    private FramePromise() {
    }

    static List<BriefLine> points(List<BriefLine> points) {
        int promise = -1;
        for (int i = 0; i < points.size(); i++) {
            if (ONE_QUESTION.matcher(points.get(i).text()).find()) {
                promise = i;
                break;
            }
        }
        if (promise < 0) {
            return points;
        }
        String frame = points.get(promise).rule();
        boolean broken = points.stream().anyMatch(point -> !point.rule().equals(frame));
        if (!broken) {
            return points;
        }
        BriefLine line = points.get(promise);
        Matcher said = ONE_QUESTION.matcher(line.text());
        said.find();
        // "Keep it short: only what is below, …"; "keep it light, and bring only what is below, …"
        String instead = said.group().startsWith(",") ? ", and bring only what is below, no other news or offers" : " only what is below, and no other news or offers";
        String kept = line.text().substring(0, said.start()) + instead + line.text().substring(said.end());
        List<BriefLine> result = new ArrayList<>(points);
        result.set(promise, new BriefLine(kept, line.rule(), line.source(), line.because()));
        return result;
    }
}
