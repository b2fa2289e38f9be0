package pecg.embedded;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A sort specification as a comparator of documents — stock's DocumentComparator order, with values of
 * the common types compared directly ({@link #compareValues}) instead of through
 * ValueComparator, which ranks both values' types by walking its list of classes on every comparison
 * (a quarter of the engine's CPU while serving the enterprise list at scale m). Arrays keep stock's
 * rule (the smallest element ascending, the largest descending).
 */
final class Order {

    private Order() {
    }

    /**
     * MongoDB's order of two values (stock's ValueComparator), with the common cases — two values of one
     * class among String, ObjectId, Instant, Boolean, Double, Long, Integer — compared directly; the
     * rest goes to ValueComparator. Used for index keys (normalised) and document values (not
     * normalised: 1 and 1.0 differ in class and go to stock, which equates them).
     */
    static int compareValues(Object a, Object b) {
        if (a instanceof Missing) { // a missing field sorts as null
            a = null;
        }
        if (b instanceof Missing) {
            b = null;
        }
        if (a == null || b == null) { // null: before every value but MinKey
            if (a == b) {
                return 0;
            }
            return a == null ? (b instanceof MinKey ? 1 : -1) : (a instanceof MinKey ? -1 : 1);
        }
        if (a.getClass() == b.getClass()) {
            if (a instanceof String) {
                return ((String) a).compareTo((String) b);
            }
            if (a instanceof ObjectId) {
                return ((ObjectId) a).compareTo((ObjectId) b);
            }
            if (a instanceof Instant) {
                return ((Instant) a).compareTo((Instant) b);
            }
            if (a instanceof Double) {
                double x = (Double) a;
                double y = (Double) b;
                return x == y ? 0 : Double.compare(x, y); // -0.0 is 0.0 (NaN: Double.compare, as stock)
            }
            if (a instanceof Boolean) {
                return Boolean.compare((Boolean) a, (Boolean) b);
            }
            if (a instanceof Long) {
                return Long.compare((Long) a, (Long) b);
            }
            if (a instanceof Integer) {
                return Integer.compare((Integer) a, (Integer) b);
            }
        }
        return ValueComparator.asc().compare(a, b);
    }

    /**
     * Null for no order (or {@code $natural}, already in order). The comparator reads each document's
     * sort values once (stock's path lookup splits the path with a regular expression on every call,
     * and a sort compares each document about log n times), so it belongs to one sort on one thread.
     */
    static Comparator<Document> of(Document orderBy) {
        if (orderBy == null || orderBy.isEmpty() || orderBy.keySet().iterator().next().equals("$natural")) {
            return null;
        }
        String[] keys = orderBy.keySet().toArray(new String[0]);
        boolean[] ascending = new boolean[keys.length];
        boolean[] paths = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            paths[i] = keys[i].indexOf('.') >= 0;
        }
        for (int i = 0; i < keys.length; i++) {
            ascending[i] = ((Number) orderBy.get(keys[i])).intValue() > 0;
        }
        Map<Document, Object[]> sortValues = new IdentityHashMap<>();
        Function<Document, Object[]> read = document -> {
            Object[] values = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                // a top-level field directly (stock's lookup splits the path with a regular expression)
                values[i] = paths[i] ? Utils.getSubdocumentValueCollectionAware(document, keys[i]) : document.getOrMissing(keys[i]);
            }
            return values;
        };
        return (a, b) -> {
            Object[] left = sortValues.computeIfAbsent(a, read);
            Object[] right = sortValues.computeIfAbsent(b, read);
            for (int i = 0; i < ascending.length; i++) {
                Object x = left[i];
                Object y = right[i];
                int c;
                if (x instanceof Collection || y instanceof Collection) {
                    c = (ascending[i] ? ValueComparator.asc() : ValueComparator.desc()).compare(x, y);
                } else {
                    c = compareValues(x, y);
                    c = ascending[i] ? c : -c;
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
