package app.rapport.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * What a test opened (stores, a sync status that polls a server), closed after each test, newest
 * first, after the test's own {@code @AfterEach} methods have run. Register it with
 * {@code @RegisterExtension}.
 */
public final class ClosedAfterEach implements AfterEachCallback {
    private final List<AutoCloseable> opened = new ArrayList<>();

    /** Keeps {@code resource} to close after the test, and gives it back. */
    public <T extends AutoCloseable> T keep(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (int i = opened.size() - 1; i >= 0; i--) {
                opened.get(i).close();
            }
        } finally {
            opened.clear();
        }
    }
}
