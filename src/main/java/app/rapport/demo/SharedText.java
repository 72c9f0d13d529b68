package app.rapport.demo;

import java.util.Map;

/** Sentences every demo business uses (shared.txt): how a mood sounds, notes on competitors, generic next steps. */
final class SharedText {

    private SharedText() {
    }

    static final Map<String, String[]> TEXT = Tpl.table("shared.txt");
}
