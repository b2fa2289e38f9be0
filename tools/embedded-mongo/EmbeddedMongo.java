import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * A MongoDB wire-protocol server on a loopback port, storing data in an H2 MVStore file
 * (or in an in-memory H2 store with --memory). Prints "LISTENING <port>" once it accepts connections.
 * Stops when its standard input closes, so it never outlives the Node process that started it.
 */
public final class EmbeddedMongo {
  public static void main(String[] args) throws Exception {
    String host = "127.0.0.1";
    int port = 0;
    String file = null;
    boolean watchStdin = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port": port = Integer.parseInt(args[++i]); break;
        case "--file": file = args[++i]; break;
        case "--memory": file = null; break;
        case "--no-stdin-watch": watchStdin = false; break;
        default: throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    final MongoServer server = new MongoServer(file == null ? H2Backend.inMemory() : new H2Backend(file));
    server.bind(host, port);
    int bound = server.getLocalAddress().getPort();
    System.out.println("LISTENING " + bound);
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    if (watchStdin) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
      while (in.readLine() != null) { /* keep reading until the parent closes stdin */ }
      server.shutdown();
      System.exit(0);
    } else {
      Thread.currentThread().join();
    }
  }
}
