package pecg.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The counting {@code $group} of the statistics (the storage adapter's CountCube and countBy): a key
 * made of top-level fields ({@code "$status"}) and presence tests ({@code { $gt: ["$decidedAt", null] }}),
 * every accumulator {@code { $sum: 1 }}. Stock 1.47.0 evaluates each key through its generic
 * expression engine and finds the group in a TreeMap ordered by document comparison — most of a
 * statistic's time over 100 000 documents. Here each key is read directly and the group found by
 * hashing; the groups leave in stock's order (ascending keys) with the same values. Null: not such a
 * stage, or a key value this cannot hash exactly as stock compares it (an array, a missing field…) —
 * the stock stage runs instead.
 */
final class CountGroup {

    private CountGroup() {
    }

    private static final Object UNSUPPORTED = new Object();

    /** One part of the key: a field read as is, or whether it holds a value (above null in BSON order). */
    private static final class Part {
        final String name;
        final String field;
        final boolean presence;

        Part(String name, String field, boolean presence) {
            this.name = name;
            this.field = field;
            this.presence = presence;
        }
    }

    static List<Document> apply(Document groupSpec, List<Document> documents) {
        Object id = groupSpec.get("_id");
        List<String> counters = new ArrayList<>();
        for (Map.Entry<String, Object> entry : groupSpec.entrySet()) {
            if (entry.getKey().equals("_id")) {
                continue;
            }
            Object accumulator = entry.getValue();
            if (!(accumulator instanceof Document) || ((Document) accumulator).size() != 1 || !isOne(((Document) accumulator).get("$sum"))) {
                return null;
            }
            counters.add(entry.getKey());
        }
        List<Part> parts = null; // null: a constant key
        Part single = null;
        if (id instanceof String) {
            single = part("", id);
            if (single == null) {
                return null;
            }
        } else if (id instanceof Document) {
            parts = new ArrayList<>();
            for (Map.Entry<String, Object> entry : ((Document) id).entrySet()) {
                Part part = part(entry.getKey(), entry.getValue());
                if (part == null || entry.getKey().startsWith("$")) {
                    return null;
                }
                parts.add(part);
            }
        } else if (!(id == null || id instanceof Number || id instanceof Boolean)) {
            return null;
        }

        Map<Object, Object[]> groups = new HashMap<>(); // hashable key → { key, count }
        for (Document document : documents) {
            Object key;
            Object hashable;
            if (single != null) {
                key = read(single, document);
                hashable = hashable(key);
            } else if (parts != null) {
                Object[] values = new Object[parts.size()];
                List<Object> hashParts = new ArrayList<>(parts.size());
                for (int p = 0; p < values.length; p++) {
                    Object value = read(parts.get(p), document);
                    values[p] = value;
                    // a missing field is left out of the key document, as stock does
                    Object part = value instanceof Missing ? "\0missing" : hashable(value);
                    if (part == UNSUPPORTED) {
                        return null;
                    }
                    hashParts.add(part);
                }
                hashable = hashParts;
                Object[] group = groups.get(hashable);
                if (group != null) {
                    group[1] = (Long) group[1] + 1;
                    continue;
                }
                Document keyDocument = new Document();
                for (int p = 0; p < values.length; p++) {
                    if (!(values[p] instanceof Missing)) {
                        keyDocument.put(parts.get(p).name, values[p]);
                    }
                }
                key = keyDocument;
            } else {
                key = id;
                hashable = "\0constant";
            }
            if (hashable == UNSUPPORTED) {
                return null;
            }
            Object[] group = groups.get(hashable);
            if (group == null) {
                groups.put(hashable, new Object[] {key, 1L});
            } else {
                group[1] = (Long) group[1] + 1;
            }
        }
        List<Object[]> ordered = new ArrayList<>(groups.values());
        ValueComparator comparator = ValueComparator.asc();
        ordered.sort((a, b) -> comparator.compare(a[0], b[0]));
        for (int i = 1; i < ordered.size(); i++) {
            if (comparator.compare(ordered.get(i - 1)[0], ordered.get(i)[0]) == 0) {
                return null; // keys stock would have merged
            }
        }
        Engine.COUNTERS.countGroup();
        List<Document> result = new ArrayList<>(ordered.size());
        for (Object[] group : ordered) {
            long count = (Long) group[1];
            Document row = new Document("_id", group[0]);
            for (String counter : counters) {
                row.put(counter, count <= Integer.MAX_VALUE ? (Object) Integer.valueOf((int) count) : (Object) count);
            }
            result.add(row);
        }
        return result;
    }

    private static boolean isOne(Object value) {
        return (value instanceof Integer || value instanceof Long) && ((Number) value).longValue() == 1;
    }

    /** "$field" (top level) or { $gt: ["$field", null] }; null: anything else. */
    private static Part part(String name, Object expression) {
        if (expression instanceof String) {
            String path = (String) expression;
            if (path.startsWith("$") && !path.startsWith("$$") && path.indexOf('.') < 0 && path.length() > 1) {
                return new Part(name, path.substring(1), false);
            }
            return null;
        }
        if (expression instanceof Document && ((Document) expression).size() == 1 && ((Document) expression).get("$gt") instanceof List) {
            List<?> operands = (List<?>) ((Document) expression).get("$gt");
            if (operands.size() == 2 && operands.get(1) == null && operands.get(0) instanceof String) {
                Part field = part(name, operands.get(0));
                return field == null ? null : new Part(name, field.field, true);
            }
        }
        return null;
    }

    private static Object read(Part part, Document document) {
        Object value = document.getOrMissing(part.field);
        if (part.presence) {
            return !(value == null || value instanceof Missing);
        }
        return value;
    }

    /** A value with equals/hashCode as stock's ValueComparator equality, for the scalar types statistics group by. */
    private static Object hashable(Object value) {
        if (value == null) {
            return "\0null";
        }
        if (value instanceof Missing || value instanceof Collection || value instanceof Document) {
            return UNSUPPORTED; // stock's own rules for these: let it decide
        }
        if (value instanceof String || value instanceof Boolean || value instanceof ObjectId || value instanceof UUID) {
            return value;
        }
        if (value instanceof Date) {
            return List.of("\0date", ((Date) value).getTime());
        }
        if (value instanceof Instant) {
            return List.of("\0date", ((Instant) value).toEpochMilli());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            return Math.abs(n) > (1L << 53) ? UNSUPPORTED : List.of("\0number", (double) n);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isNaN(d) ? UNSUPPORTED : List.of("\0number", d == 0.0 ? 0.0 : d);
        }
        return UNSUPPORTED;
    }
}
