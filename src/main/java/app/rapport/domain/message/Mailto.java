package app.rapport.domain.message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@code mailto:} link (RFC 6068) that opens the user's mail app with the message filled in.
 * Every part is percent-encoded, spaces as {@code %20} (a '+' would show up in the mail) and line
 * breaks as CR LF.
 */
public final class Mailto {
    private Mailto() {
    }

    public static String uri(List<String> to, String subject, String body) {
        StringBuilder uri = new StringBuilder("mailto:");
        for (int i = 0; i < to.size(); i++) {
            uri.append(i == 0 ? "" : ",").append(encode(to.get(i)).replace("%40", "@"));
        }
        String separator = "?";
        if (subject != null && !subject.isEmpty()) {
            uri.append(separator).append("subject=").append(encode(subject));
            separator = "&";
        }
        if (body != null && !body.isEmpty()) {
            uri.append(separator).append("body=").append(encode(body.replace("\r\n", "\n").replace("\n", "\r\n")));
        }
        return uri.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
