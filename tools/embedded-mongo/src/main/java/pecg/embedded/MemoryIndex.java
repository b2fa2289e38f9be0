package pecg.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique secondary index (stock 1.47.0 answers every non-unique index with an EmptyIndex),
 * compound and multikey, kept in memory and rebuilt from the data when the store opens (the
 * collection's addIndex fills an empty index): leading value → whole key → _id → position.
 *
 * <p>Values are normalised as the engine's matcher compares them (Utils.normalizeValue: int, long
 * and double of the same number are one key, -0.0 is 0.0); a missing field is the key null; an
 * array contributes one key per element (an empty array: the key null, a superset the filter then
 * trims). It never decides a match: the planner ({@link PecgCollection}) uses it for candidates only
 * and applies the whole filter to each. Callers synchronise on the collection.
 */
final class MemoryIndex extends Index<Object> {

    /** Whole keys in MongoDB's value order, component by component (a bucket walked in this order is the index's order). */
    private static final java.util.Comparator<KeyValue> KEY_ORDER = (a, b) -> {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = Order.compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static final class Bucket {
        final TreeMap<KeyValue, Map<Object, Object>> byKey = new TreeMap<>(KEY_ORDER);
        int size;
    }

    private final Map<Object, Bucket> buckets = new HashMap<>();
    /** The leading values in sort order (several per entry only where values compare equal but differ, e.g. 2^60 as long and double). */
    private final TreeMap<Object, List<Object>> ordered = new TreeMap<>(Order::compareValues);
    private long entries;
    private final List<String> keyNames = new ArrayList<>();
    /** Some document had an array under the leading key (never reset: a conservative flag). */
    private boolean leadingMultikey;

    /**
     * Whether a document may have several values under the leading key: then a range with both ends
     * cannot be answered from the index (MongoDB matches { $gt: a, $lt: b } when one element is above a
     * and another below b, neither of them inside the range).
     */
    boolean leadingMultikey() {
        return leadingMultikey;
    }

    /**
     * Being opened with its store: filled later, together with the collection's other indexes, in one
     * pass over the documents ({@link PecgCollection#buildDeferredIndexes}); until then it says it is
     * not empty, so the stock addIndex does not fill it alone (two passes per index, each decoding
     * every document).
     */
    private boolean deferred;

    MemoryIndex(String name, List<IndexKey> keys, boolean sparse) {
        this(name, keys, sparse, false);
    }

    MemoryIndex(String name, List<IndexKey> keys, boolean sparse, boolean deferred) {
        super(name, keys, sparse);
        for (IndexKey key : keys) {
            keyNames.add(key.getKey());
        }
        this.deferred = deferred;
    }

    boolean deferred() {
        return deferred;
    }

    void built() {
        deferred = false;
    }

    @Override
    public boolean isEmpty() {
        return !deferred && super.isEmpty();
    }

    String leadingKey() {
        return keyNames.get(0);
    }

    List<String> keyNames() {
        return keyNames;
    }

    boolean sparse() {
        return isSparse();
    }

    static Object normalize(Object value) {
        // the common key types are their own normal form (Utils.normalizeValue returns them as they are)
        if (value == null || value instanceof String || value instanceof ObjectId || value instanceof Instant || value instanceof Boolean) {
            return value;
        }
        return new KeyValue(Collections.singletonList(value)).normalized().get(0);
    }

    private Set<KeyValue> keysOf(Document document) {
        List<List<Object>> perKey = new ArrayList<>(keyNames.size());
        boolean anyValue = false;
        for (String key : keyNames) {
            Object value = valueAt(document, key);
            List<Object> values = new ArrayList<>();
            if (value instanceof Collection) {
                anyValue = true;
                if (key.equals(keyNames.get(0))) {
                    leadingMultikey = true;
                }
                for (Object element : (Collection<?>) value) {
                    Object normalized = normalize(element);
                    if (!values.contains(normalized)) {
                        values.add(normalized);
                    }
                }
                if (values.isEmpty()) {
                    values.add(null);
                }
            } else {
                if (!(value instanceof Missing)) {
                    anyValue = true;
                }
                values.add(normalize(value));
            }
            perKey.add(values);
        }
        if (isSparse() && !anyValue) {
            return Collections.emptySet();
        }
        Set<KeyValue> result = new LinkedHashSet<>();
        product(perKey, 0, new ArrayList<>(), result);
        return result;
    }

    /**
     * The value at a key path: a top-level field read directly (the common case, and the cost of
     * every insert, update and index rebuild), a dotted path through stock's matcher semantics (which
     * splits the path with a regular expression each time).
     */
    static Object valueAt(Document document, String key) {
        return key.indexOf('.') < 0 ? document.getOrMissing(key) : Utils.getSubdocumentValueCollectionAware(document, key);
    }

    private static void product(List<List<Object>> perKey, int i, List<Object> prefix, Set<KeyValue> out) {
        if (i == perKey.size()) {
            out.add(new KeyValue(new ArrayList<>(prefix)));
            return;
        }
        for (Object value : perKey.get(i)) {
            prefix.add(value);
            product(perKey, i + 1, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static Object idOf(Document document) {
        return normalize(document.get("_id"));
    }

    private void put(KeyValue key, Object id, Object position) {
        Bucket bucket = buckets.get(key.get(0));
        if (bucket == null) {
            bucket = new Bucket();
            buckets.put(key.get(0), bucket);
            ordered.computeIfAbsent(key.get(0), k -> new ArrayList<>(1)).add(key.get(0));
        }
        Map<Object, Object> ids = bucket.byKey.computeIfAbsent(key, k -> new HashMap<>(4));
        if (ids.put(id, position) == null) {
            bucket.size++;
            entries++;
        }
    }

    private Object delete(KeyValue key, Object id) {
        Bucket bucket = buckets.get(key.get(0));
        if (bucket == null) {
            return null;
        }
        Map<Object, Object> ids = bucket.byKey.get(key);
        if (ids == null) {
            return null;
        }
        Object position = ids.remove(id);
        if (position != null) {
            bucket.size--;
            entries--;
            if (ids.isEmpty()) {
                bucket.byKey.remove(key);
                if (bucket.byKey.isEmpty()) {
                    buckets.remove(key.get(0));
                    List<Object> equal = ordered.get(key.get(0));
                    if (equal != null) {
                        equal.remove(key.get(0));
                        if (equal.isEmpty()) {
                            ordered.remove(key.get(0));
                        }
                    }
                }
            }
        }
        return position;
    }

    // ---- planner interface -------------------------------------------------------------------

    /**
     * How many index entries a lookup with these (normalised) candidate values per key would visit:
     * exact keys when every key of the index is constrained (and the combinations are few), else the
     * buckets of the leading key's values.
     */
    long estimate(Map<String, List<Object>> constraints) {
        List<KeyValue> exact = exactKeys(constraints);
        long total = 0;
        if (exact != null) {
            for (KeyValue key : exact) {
                Bucket bucket = buckets.get(key.get(0));
                Map<Object, Object> ids = bucket == null ? null : bucket.byKey.get(key);
                total += ids == null ? 0 : ids.size();
            }
            return total;
        }
        for (Object value : constraints.get(leadingKey())) {
            Bucket bucket = buckets.get(value);
            total += bucket == null ? 0 : bucket.size;
        }
        return total;
    }

    /** The positions of the candidates (each once). */
    Collection<Object> positions(Map<String, List<Object>> constraints) {
        Set<Object> positions = new HashSet<>();
        List<KeyValue> exact = exactKeys(constraints);
        if (exact != null) {
            for (KeyValue key : exact) {
                Bucket bucket = buckets.get(key.get(0));
                Map<Object, Object> ids = bucket == null ? null : bucket.byKey.get(key);
                if (ids != null) {
                    positions.addAll(ids.values());
                }
            }
            return positions;
        }
        for (Object value : constraints.get(leadingKey())) {
            Bucket bucket = buckets.get(value);
            if (bucket != null) {
                for (Map<Object, Object> ids : bucket.byKey.values()) {
                    positions.addAll(ids.values());
                }
            }
        }
        return positions;
    }

    private List<KeyValue> exactKeys(Map<String, List<Object>> constraints) {
        if (keyNames.size() == 1) {
            return null;
        }
        Set<KeyValue> keys = combinations(keyNames, constraints);
        return keys == null ? null : new ArrayList<>(keys);
    }

    /** Every combination of the constrained values of {@code keys}, in order; null: a key unconstrained, or over 256 combinations. */
    private static Set<KeyValue> combinations(List<String> keys, Map<String, List<Object>> constraints) {
        List<List<Object>> perKey = new ArrayList<>(keys.size());
        long combinations = 1;
        for (String key : keys) {
            List<Object> values = constraints.get(key);
            if (values == null) {
                return null;
            }
            combinations *= values.size();
            if (combinations > 256) {
                return null;
            }
            perKey.add(values);
        }
        Set<KeyValue> result = new LinkedHashSet<>();
        product(perKey, 0, new ArrayList<>(), result);
        return result;
    }

    /**
     * The number of distinct documents whose key starts with one of the combinations of these
     * (normalised) values of the index's first keys — the constraints name exactly the first
     * {@code constraints.size()} keys. Read from the index alone: each prefix is a contiguous run of
     * whole keys in its bucket. Null: too many combinations.
     */
    Long countUnderPrefixes(Map<String, List<Object>> constraints) {
        Set<KeyValue> prefixes = combinations(keyNames.subList(0, constraints.size()), constraints);
        if (prefixes == null) {
            return null;
        }
        Set<Object> ids = new HashSet<>();
        for (KeyValue prefix : prefixes) {
            Bucket bucket = buckets.get(prefix.get(0));
            if (bucket == null) {
                continue;
            }
            // a shorter key sorts before every longer key it begins (KEY_ORDER): the run starts at the prefix
            for (Map.Entry<KeyValue, Map<Object, Object>> entry : bucket.byKey.tailMap(prefix, true).entrySet()) {
                if (!startsWith(entry.getKey(), prefix)) {
                    break;
                }
                ids.addAll(entry.getValue().keySet());
            }
        }
        return (long) ids.size();
    }

    private static boolean startsWith(KeyValue key, KeyValue prefix) {
        if (key.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (Order.compareValues(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Marks "no bound" (null is a value). */
    static final Object NO_BOUND = new Object();

    /**
     * The leading values in sort order — ascending from {@code from} or descending from it (inclusive),
     * or from the start without a bound. Missing/null sorts first, as in MongoDB.
     */
    Iterable<Object> orderedLeadingValues(boolean ascending, Object from) {
        java.util.NavigableMap<Object, List<Object>> view;
        if (from == NO_BOUND) {
            view = ascending ? ordered : ordered.descendingMap();
        } else {
            Object bound = normalize(from);
            view = ascending ? ordered.tailMap(bound, true) : ordered.headMap(bound, true).descendingMap();
        }
        return () -> view.values().stream().flatMap(List::stream).iterator();
    }

    /** Every position under one leading value (a document once per key it has there). */
    List<Object> bucketPositions(Object leadingValue) {
        Bucket bucket = buckets.get(leadingValue);
        if (bucket == null) {
            return Collections.emptyList();
        }
        List<Object> positions = new ArrayList<>(bucket.size);
        for (Map<Object, Object> ids : bucket.byKey.values()) {
            positions.addAll(ids.values());
        }
        return positions;
    }

    /**
     * The entries under one leading value in the index's order (the whole key, component by
     * component), ascending or descending: what a compound index { leading, second, … } reads for
     * "the first N of this leading value by the second key".
     */
    Iterable<Map.Entry<KeyValue, Map<Object, Object>>> bucketInOrder(Object leadingValue, boolean ascending, Object from) {
        Bucket bucket = buckets.get(leadingValue);
        if (bucket == null) {
            return Collections.emptyList();
        }
        if (from == NO_BOUND) {
            return ascending ? bucket.byKey.entrySet() : bucket.byKey.descendingMap().entrySet();
        }
        // keys are (leading, second, …): (leading, from) sorts before every key whose second value is from
        KeyValue start = new KeyValue(leadingValue, normalize(from));
        if (ascending) {
            return bucket.byKey.tailMap(start, true).entrySet();
        }
        KeyValue after = null;
        for (KeyValue key : bucket.byKey.tailMap(start, true).keySet()) {
            if (Order.compareValues(key.get(1), normalize(from)) != 0) {
                after = key;
                break;
            }
        }
        return (after == null ? bucket.byKey : bucket.byKey.headMap(after, false)).descendingMap().entrySet();
    }

    /**
     * The number of entries whose leading value lies between {@code low} and {@code high} (inclusive;
     * {@link #NO_BOUND}: open), counted until it exceeds {@code cap} (then cap + 1).
     */
    long estimateRange(Object low, Object high, long cap) {
        long total = 0;
        for (List<Object> values : range(low, high).values()) {
            for (Object value : values) {
                Bucket bucket = buckets.get(value);
                total += bucket == null ? 0 : bucket.size;
            }
            if (total > cap) {
                return cap + 1;
            }
        }
        return total;
    }

    /** The positions of every entry whose leading value lies between {@code low} and {@code high} (each once). */
    Collection<Object> rangePositions(Object low, Object high) {
        Set<Object> positions = new HashSet<>();
        for (List<Object> values : range(low, high).values()) {
            for (Object value : values) {
                Bucket bucket = buckets.get(value);
                if (bucket != null) {
                    for (Map<Object, Object> ids : bucket.byKey.values()) {
                        positions.addAll(ids.values());
                    }
                }
            }
        }
        return positions;
    }

    private java.util.NavigableMap<Object, List<Object>> range(Object low, Object high) {
        java.util.NavigableMap<Object, List<Object>> view = ordered;
        if (low != NO_BOUND && high != NO_BOUND && Order.compareValues(normalize(low), normalize(high)) > 0) {
            // { $and: [{ k: "a" }, { k: "b" }] }: nothing between (the planner never asks this of a key that held an array)
            return Collections.emptyNavigableMap();
        }
        if (low != NO_BOUND) {
            view = view.tailMap(normalize(low), true);
        }
        if (high != NO_BOUND) {
            view = view.headMap(normalize(high), true);
        }
        return view;
    }

    // ---- Index -------------------------------------------------------------------------------

    @Override
    public Object getPosition(Document document) {
        Object id = idOf(document);
        for (KeyValue key : keysOf(document)) {
            Bucket bucket = buckets.get(key.get(0));
            Map<Object, Object> ids = bucket == null ? null : bucket.byKey.get(key);
            Object position = ids == null ? null : ids.get(id);
            if (position != null) {
                return position;
            }
        }
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // non-unique: nothing to check
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        Object id = idOf(document);
        for (KeyValue key : keysOf(document)) {
            put(key, id, position);
        }
    }

    @Override
    public Object remove(Document document) {
        Object id = idOf(document);
        Object position = null;
        for (KeyValue key : keysOf(document)) {
            Object removed = delete(key, id);
            if (removed != null) {
                position = removed;
            }
        }
        // a document without entries (sparse) is still where its _id says
        return position != null ? position : Missing.ofNullable(document.get("_id"));
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // queries reach this index only through PecgCollection's planner
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("served by PecgCollection's planner");
    }

    @Override
    public long getCount() {
        return entries;
    }

    @Override
    public long getDataSize() {
        return entries;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // non-unique: nothing to check
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> oldKeys = keysOf(oldDocument);
        Set<KeyValue> newKeys = keysOf(newDocument);
        Object oldId = idOf(oldDocument);
        Object newId = idOf(newDocument);
        if (oldKeys.equals(newKeys) && java.util.Objects.equals(oldId, newId)) {
            return;
        }
        for (KeyValue key : oldKeys) {
            delete(key, oldId);
        }
        for (KeyValue key : newKeys) {
            put(key, newId, position);
        }
    }

    @Override
    public void drop() {
        buckets.clear();
        ordered.clear();
        entries = 0;
    }
}
