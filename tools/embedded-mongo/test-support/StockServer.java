import java.io.BufferedReader;
import java.io.InputStreamReader;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Stock mongo-java-server 1.47.0 with its H2 file backend, nothing of ours: writes a store file the
 * way older installs did, so a test can open it with the extended engine. Run as a single-file
 * program: java -cp '.tools/embedded-mongo/lib/*' StockServer.java FILE. Prints "LISTENING <port>";
 * stops (and closes the store) when stdin closes.
 */
public final class StockServer {
    public static void main(String[] args) throws Exception {
        H2Backend backend = new H2Backend(args[0]);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        System.out.println("LISTENING " + server.getLocalAddress().getPort());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        while (in.readLine() != null) {
            // until the parent closes stdin
        }
        server.shutdown();
        System.exit(0);
    }
}
