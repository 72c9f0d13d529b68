package app.rapport.domain;

import java.time.Instant;
import java.util.List;

/** Someone at another desk who has a client open in the log-touchpoint dialog: on a call with them since {@code since}. */
public record OnCall(String person, Instant since) {
    /** Who a desk is when nobody there said who is working: "me" would read as the reader themself. */
    public static final String UNNAMED = "Someone at another desk";

    /** "Ana is on a call with this client", "Ana and Bo are …"; empty when nobody is. */
    public static String sentence(List<OnCall> present) {
        if (present.isEmpty()) {
            return "";
        }
        List<String> names = present.stream().map(OnCall::person).distinct().toList();
        String who = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return who + (names.size() == 1 ? " is" : " are") + " on a call with this client";
    }
}
