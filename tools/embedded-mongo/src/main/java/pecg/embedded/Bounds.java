package pecg.embedded;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Where an in-order index walk may start: the lowest value of {@code key} a matching document can
 * have (ascending walk) or the highest (descending), as far as the filter says — top-level equality,
 * $eq, $in, $gt/$gte ($lt/$lte), through $and (tightest) and $or (loosest; a branch without a bound
 * means none). {@link MemoryIndex#NO_BOUND} when the filter sets none. Only ever a safe start: the
 * whole filter is applied to every document read.
 */
final class Bounds {

    private Bounds() {
    }

    static Object of(Document query, String key, boolean ascending) {
        Object bound = MemoryIndex.NO_BOUND;
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            Object value = entry.getValue();
            Object part = MemoryIndex.NO_BOUND;
            if (entry.getKey().equals("$and") && value instanceof List) {
                for (Object sub : (List<?>) value) {
                    if (sub instanceof Document) {
                        bound = tighter(bound, of((Document) sub, key, ascending), ascending);
                    }
                }
                continue;
            } else if (entry.getKey().equals("$or") && value instanceof List && !((List<?>) value).isEmpty()) {
                Object loosest = null;
                boolean first = true;
                for (Object sub : (List<?>) value) {
                    Object branch = sub instanceof Document ? of((Document) sub, key, ascending) : MemoryIndex.NO_BOUND;
                    if (branch == MemoryIndex.NO_BOUND) {
                        loosest = MemoryIndex.NO_BOUND;
                        break;
                    }
                    loosest = first ? branch : looser(loosest, branch, ascending);
                    first = false;
                }
                part = loosest;
            } else if (entry.getKey().equals(key)) {
                part = ofCondition(value, ascending);
            }
            bound = tighter(bound, part, ascending);
        }
        return bound;
    }

    private static Object ofCondition(Object condition, boolean ascending) {
        if (condition instanceof Document && isOperators((Document) condition)) {
            Document operators = (Document) condition;
            Object bound = MemoryIndex.NO_BOUND;
            for (Map.Entry<String, Object> entry : operators.entrySet()) {
                String operator = entry.getKey();
                Object value = entry.getValue();
                Object part = MemoryIndex.NO_BOUND;
                if (operator.equals("$eq") && isScalar(value)) {
                    part = value;
                } else if (operator.equals("$in") && value instanceof Collection && !((Collection<?>) value).isEmpty()) {
                    Object extreme = null;
                    boolean first = true;
                    for (Object element : (Collection<?>) value) {
                        if (!isScalar(element)) {
                            extreme = MemoryIndex.NO_BOUND;
                            break;
                        }
                        extreme = first ? element : looser(extreme, element, ascending);
                        first = false;
                    }
                    part = extreme;
                } else if (ascending && (operator.equals("$gt") || operator.equals("$gte")) && isScalar(value) && value != null) {
                    part = value;
                } else if (!ascending && (operator.equals("$lt") || operator.equals("$lte")) && isScalar(value) && value != null) {
                    part = value;
                }
                bound = tighter(bound, part, ascending);
            }
            return bound;
        }
        return isScalar(condition) ? condition : MemoryIndex.NO_BOUND;
    }

    private static boolean isOperators(Document document) {
        for (String key : document.keySet()) {
            if (key.startsWith("$")) {
                return true;
            }
        }
        return false;
    }

    /** Values compared as themselves (not arrays, documents or patterns, which match otherwise). */
    private static boolean isScalar(Object value) {
        return !(value instanceof Collection) && !(value instanceof Document) && !(value instanceof Map)
            && !(value instanceof BsonRegularExpression) && !(value instanceof java.util.regex.Pattern);
    }

    private static Object tighter(Object a, Object b, boolean ascending) {
        if (a == MemoryIndex.NO_BOUND) {
            return b;
        }
        if (b == MemoryIndex.NO_BOUND) {
            return a;
        }
        int cmp = ValueComparator.asc().compare(a, b);
        return ascending ? (cmp >= 0 ? a : b) : (cmp <= 0 ? a : b);
    }

    private static Object looser(Object a, Object b, boolean ascending) {
        if (a == MemoryIndex.NO_BOUND || b == MemoryIndex.NO_BOUND) {
            return MemoryIndex.NO_BOUND;
        }
        int cmp = ValueComparator.asc().compare(a, b);
        return ascending ? (cmp <= 0 ? a : b) : (cmp >= 0 ? a : b);
    }
}
