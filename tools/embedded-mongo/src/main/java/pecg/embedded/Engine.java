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

    /**
     * Collections opened with the store whose in-memory indexes are still to be filled: the backend
     * fills them all at once when it has opened every database ({@link #buildOpenedIndexes}). Null once
     * that is done: a database or collection created later fills its indexes as it makes them.
     */
    static java.util.List<PecgCollection> openedWithStore = new java.util.ArrayList<>();

    private Engine() {
    }

    /**
     * Fills the indexes of every collection opened with the store, the largest collections first, on
     * as many threads as there are processors (each collection on one thread, each document decoded
     * once for all its indexes). Runs before the server listens.
     */
    static void buildOpenedIndexes() {
        java.util.List<PecgCollection> collections = openedWithStore;
        openedWithStore = null;
        if (collections == null || collections.isEmpty()) {
            return;
        }
        collections.sort(java.util.Comparator.comparingLong(PecgCollection::storedCount).reversed());
        int threads = Math.max(1, Math.min(collections.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<?>> builds = new java.util.ArrayList<>();
            for (PecgCollection collection : collections) {
                builds.add(pool.submit(collection::buildDeferredIndexes));
            }
            for (java.util.concurrent.Future<?> build : builds) {
                build.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the indexes", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("building the indexes failed", e.getCause());
        } finally {
            pool.shutdown();
        }
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
