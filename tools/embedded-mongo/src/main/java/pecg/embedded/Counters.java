package pecg.embedded;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Documents examined and returned, per command and per namespace — so tests and the benchmark can
 * prove that a read was served by an index and did not scan.
 *
 * <p>Contract (other code is written against exactly this):
 * <pre>
 *   db.admin().command({ pecgCounters: 1 })
 *     → { ok: 1, examined, returned, commands,
 *         namespaces: { "&lt;db&gt;.&lt;collection&gt;": { examined, returned, commands, indexed, scans } } }
 *   db.admin().command({ pecgCounters: 1, reset: true })   // the same answer (the values before), then zeroes them
 * </pre>
 * <ul>
 * <li><b>examined</b>: documents read from storage to evaluate a filter — the candidates an index
 *   yielded, or every document read by a collection scan (a scan with a limit and no sort stops early).</li>
 * <li><b>returned</b>: documents that matched the whole filter (counted before sort, skip, limit,
 *   projection and any later aggregation stage). An indexed equality read has examined ≈ returned;
 *   a scan has examined ≈ collection size.</li>
 * <li><b>commands</b>: commands handled (find, getMore, aggregate, count, distinct, insert, update,
 *   delete, findAndModify, createIndexes, …); handshake and monitoring commands (hello, isMaster,
 *   ping, buildInfo, endSessions, …) and pecgCounters itself are not counted. Per namespace: commands
 *   addressed to that collection or that read it (e.g. through $lookup).</li>
 * <li><b>indexed</b> / <b>scans</b> (per namespace): filter evaluations served by an index / by a
 *   full collection scan. An update or delete evaluates its filter once per statement.</li>
 * </ul>
 * System collections (system.indexes, system.namespaces) are not counted.
 */
final class Counters {

    private static final Set<String> UNCOUNTED = Set.of(
        "ismaster", "hello", "ping", "buildinfo", "whatsmyuri", "getlasterror", "reseterror",
        "endsessions", "pecgcounters", "saslstart", "saslcontinue", "getlog", "hostinfo",
        "getcmdlineopts", "getfreemonitoringstatus", "serverstatus", "connectionstatus",
        "listdatabases", "killcursors");

    private static final class Namespace {
        long examined;
        long returned;
        long commands;
        long indexed;
        long scans;
    }

    private static final class Command {
        final Set<String> namespaces = new HashSet<>();
    }

    private static final ThreadLocal<Command> CURRENT = new ThreadLocal<>();

    private long examined;
    private long returned;
    private long commands;
    private final Map<String, Namespace> namespaces = new TreeMap<>();

    static boolean counted(String command) {
        return !UNCOUNTED.contains(command.toLowerCase());
    }

    /** Called when a command starts; {@code namespace} is the collection it names, if any. */
    void begin(String namespace) {
        Command command = new Command();
        if (namespace != null && !isSystem(namespace)) {
            command.namespaces.add(namespace);
        }
        CURRENT.set(command);
    }

    void end() {
        Command command = CURRENT.get();
        CURRENT.remove();
        if (command == null) {
            return;
        }
        synchronized (this) {
            commands++;
            for (String namespace : command.namespaces) {
                namespace(namespace).commands++;
            }
        }
    }

    /** One filter evaluation over {@code namespace}. */
    void query(String namespace, long examinedDocuments, long returnedDocuments, boolean indexed) {
        if (isSystem(namespace)) {
            return;
        }
        Command command = CURRENT.get();
        if (command != null) {
            command.namespaces.add(namespace);
        }
        synchronized (this) {
            examined += examinedDocuments;
            returned += returnedDocuments;
            Namespace ns = namespace(namespace);
            ns.examined += examinedDocuments;
            ns.returned += returnedDocuments;
            if (indexed) {
                ns.indexed++;
            } else {
                ns.scans++;
            }
        }
    }

    /** Counting $group stages computed by CountGroup (not handed to stock's stage). */
    private long countGroups;

    synchronized void countGroup() {
        countGroups++;
    }

    synchronized Document command(Document query) {
        Document byNamespace = new Document();
        for (Map.Entry<String, Namespace> entry : namespaces.entrySet()) {
            Namespace ns = entry.getValue();
            byNamespace.put(entry.getKey(), new Document("examined", ns.examined)
                .append("returned", ns.returned)
                .append("commands", ns.commands)
                .append("indexed", ns.indexed)
                .append("scans", ns.scans));
        }
        Document response = new Document("ok", 1.0)
            .append("examined", examined)
            .append("returned", returned)
            .append("commands", commands)
            .append("countGroups", countGroups)
            .append("namespaces", byNamespace);
        Object reset = query.get("reset");
        if (Boolean.TRUE.equals(reset) || (reset instanceof Number && ((Number) reset).doubleValue() != 0)) {
            examined = 0;
            returned = 0;
            commands = 0;
            countGroups = 0;
            namespaces.clear();
        }
        return response;
    }

    private Namespace namespace(String name) {
        return namespaces.computeIfAbsent(name, k -> new Namespace());
    }

    private static boolean isSystem(String namespace) {
        int dot = namespace.indexOf('.');
        return dot >= 0 && namespace.startsWith("system.", dot + 1);
    }
}
