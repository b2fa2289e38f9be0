package pecg.embedded;

import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;

/**
 * Process-wide state of the engine. One server runs per JVM, and the H2 backend opens its databases
 * (calling our overrides) from inside its constructor, before any field of a subclass is assigned —
 * so the store, the write lock and the counters live here, set up before the backend is built.
 */
final class Engine {

    /** Serialises write commands, the commit that follows each of them, and compaction. */
    static final ReentrantLock WRITE_LOCK = new ReentrantLock();

    static final Counters COUNTERS = new Counters();

    /** Set while this thread runs a write command (see PecgCollection#createQueryResult). */
    static final ThreadLocal<Boolean> WRITING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    static volatile MVStore store;

    /** Also force the file to the disk after each commit (power loss, not only a killed process). */
    static volatile boolean fsync;

    private Engine() {
    }

    static boolean persistent() {
        MVStore s = store;
        return s != null && s.getFileStore() != null;
    }

    /** Makes everything written so far durable. Callers hold {@link #WRITE_LOCK}. */
    static void commit() {
        MVStore s = store;
        if (s == null || s.getFileStore() == null || s.isClosed()) {
            return;
        }
        s.commit();
        if (fsync) {
            s.sync();
        }
    }

    /** The store version after the last compaction: nothing written since, nothing to compact. */
    private static long compactedVersion = -1;

    /** Rewrites sparsely used chunks so the file does not grow without bound (retention time is 0). */
    static void compact() {
        WRITE_LOCK.lock();
        try {
            MVStore s = store;
            if (s == null || s.getFileStore() == null || s.isClosed() || s.getCurrentVersion() == compactedVersion) {
                return;
            }
            s.compact(75, 8 * 1024 * 1024); // chunks under 75 % live, at most 8 MB a round: bounded file, little rewriting under load
            commit();
            compactedVersion = s.getCurrentVersion();
        } finally {
            WRITE_LOCK.unlock();
        }
    }
}
