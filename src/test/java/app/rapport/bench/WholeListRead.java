package app.rapport.bench;

import app.rapport.domain.ClientSort;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;

/**
 * How long the client list takes to be whole after the store opens: the search index's first
 * read of every client, which a search typed meanwhile waits for. It prints the first read and
 * two more (answered from memory). Run it in a fresh JVM with the launcher's options, as the app
 * starts:
 *
 * <pre>java $(grep -v '^#' packaging/java-options.txt | grep -v APPDIR) -cp "target/test-classes:target/classes:target/lib/*" \
 *     app.rapport.bench.WholeListRead STORE</pre>
 */
public final class WholeListRead {
    private WholeListRead() {
    }

    public static void main(String[] args) {
        try (RapportServices services = RapportServices.open(StoreLocation.of(args[0]))) {
            for (int read = 1; read <= 3; read++) {
                long start = System.nanoTime();
                int clients = services.clients().search("", ClientSort.NAME, null, Integer.MAX_VALUE).clients().size();
                System.out.printf("read %d: the whole list of %,d clients in %,.0f ms%n", read, clients, (System.nanoTime() - start) / 1e6);
            }
        }
    }
}
