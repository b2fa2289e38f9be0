package pecg.embedded;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;


/**
 * The embedded database: a MongoDB wire-protocol server (mongo-java-server 1.47.0, H2 MVStore
 * backend, extended by this package) on a loopback port. Prints {@code LISTENING <port>} once it
 * accepts connections; stops when its standard input closes, so it never outlives the Node process
 * that started it.
 *
 * <pre>
 *   --port N                 0 (default): any free port
 *   --file PATH | --memory   an MVStore file (created if missing), or in memory (default)
 *   --cache-mb N             MVStore page cache, default 256 (size the JVM heap above it)
 *   --fsync                  force the file to the disk after each commit (power loss)
 *   --compact-interval-ms N  compaction period, default 1000 (0: never)
 *   --no-stdin-watch         keep running when stdin closes (manual runs)
 * </pre>
 */
public final class EmbeddedMongo {

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 0;
        String file = null;
        int cacheMb = 256;
        int compactIntervalMs = 1000;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port": port = Integer.parseInt(args[++i]); break;
                case "--file": file = args[++i]; break;
                case "--memory": file = null; break;
                case "--cache-mb": cacheMb = Integer.parseInt(args[++i]); break;
                case "--fsync": Engine.fsync = true; break;
                case "--compact-interval-ms": compactIntervalMs = Integer.parseInt(args[++i]); break;
                case "--no-stdin-watch": watchStdin = false; break;
                default: throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        MVStore store;
        if (file == null) {
            store = new MVStore.Builder().autoCommitDisabled().open();
        } else {
            store = new MVStore.Builder()
                .fileName(file)
                .cacheSize(cacheMb)
                .autoCommitDisabled()      // no background commit thread …
                .autoCommitBufferSize(0)   // … and no commit when unsaved changes pile up
                .open();
            store.setRetentionTime(0);    // free space is reused at once (compaction below keeps the file small)
        }
        Engine.store = store;
        PecgBackend backend = new PecgBackend(store);
        Engine.WRITE_LOCK.lock();
        try {
            Engine.commit(); // maps opened while loading
        } finally {
            Engine.WRITE_LOCK.unlock();
        }
        final Server server = new Server(backend);
        int bound = server.bind(host, port);

        ScheduledExecutorService compactor = null;
        if (file != null && compactIntervalMs > 0) {
            compactor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "pecg-compact");
                thread.setDaemon(true);
                return thread;
            });
            compactor.scheduleWithFixedDelay(Engine::compact, compactIntervalMs, compactIntervalMs, TimeUnit.MILLISECONDS);
        }
        final ScheduledExecutorService compaction = compactor;
        Runnable stop = () -> {
            if (compaction != null) {
                compaction.shutdownNow();
            }
            server.shutdownNow();
            Engine.WRITE_LOCK.lock();
            try {
                if (!store.isClosed()) {
                    Engine.commit();
                    store.close();
                }
            } finally {
                Engine.WRITE_LOCK.unlock();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop));

        System.out.println("LISTENING " + bound);
        System.out.flush();
        if (watchStdin) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            while (in.readLine() != null) {
                // keep reading until the parent closes stdin
            }
            System.exit(0); // runs the shutdown hook
        } else {
            Thread.currentThread().join();
        }
    }
}
