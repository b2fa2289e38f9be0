package pecg.embedded;

import java.util.List;
import java.util.Set;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * H2Backend with {@link PecgDatabase}s, atomic durable writes and the counters command.
 *
 * <p>Durability: stock H2Backend lets MVStore's background thread commit about once a second at any
 * moment — a killed process loses the last second of acknowledged writes, and a commit can land in
 * the middle of a write (a document saved without its _id index entry). Here the store is opened with
 * auto-commit off (no background commits, none on memory pressure either); every write command runs
 * under {@link Engine#WRITE_LOCK} and the store is committed before the lock is released and the
 * answer sent, so what is on disk is always a state between whole write commands, and every
 * acknowledged write is in it. Compaction runs under the same lock.
 */
final class PecgBackend extends H2Backend {

    /** Commands that change the store (lower case). aggregate with $out/$merge is detected separately. */
    private static final Set<String> WRITES = Set.of(
        "insert", "update", "delete", "findandmodify", "create", "createindexes", "drop", "dropindexes",
        "dropdatabase", "renamecollection", "collmod");

    PecgBackend(MVStore store) {
        super(store); // opens every database in the store
        Engine.buildOpenedIndexes();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new PecgDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("pecgCounters")) {
            return Engine.COUNTERS.command(query);
        }
        boolean counted = Counters.counted(command);
        if (counted) {
            Engine.COUNTERS.begin(namespaceOf(databaseName, command, query));
        }
        try {
            if (!isWrite(command, query)) {
                return super.handleCommand(channel, databaseName, command, query);
            }
            Engine.WRITE_LOCK.lock();
            Engine.WRITING.set(Boolean.TRUE);
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                Engine.WRITING.set(Boolean.FALSE);
                // also after a failed write: whatever it changed is what readers now see
                Engine.commit();
                Engine.WRITE_LOCK.unlock();
            }
        } finally {
            if (counted) {
                Engine.COUNTERS.end();
            }
        }
    }

    private static String namespaceOf(String databaseName, String command, Document query) {
        Object target = command.equalsIgnoreCase("getMore") ? query.get("collection") : query.get(command);
        return target instanceof String ? databaseName + "." + target : null;
    }

    private static boolean isWrite(String command, Document query) {
        String lower = command.toLowerCase();
        if (WRITES.contains(lower)) {
            return true;
        }
        if (lower.equals("aggregate") && query.get("pipeline") instanceof List) {
            for (Object stage : (List<?>) query.get("pipeline")) {
                if (stage instanceof Document && (((Document) stage).containsKey("$out") || ((Document) stage).containsKey("$merge"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
