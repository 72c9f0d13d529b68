package app.rapport.store;

import java.io.IOException;
import java.time.Clock;

/** Run in a child JVM by tests: holds a store open, as a second Rapport window would, until stdin closes. */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(StoreLocation.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println("open " + store.location());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
