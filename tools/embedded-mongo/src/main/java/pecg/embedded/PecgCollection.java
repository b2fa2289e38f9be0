package pecg.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * An H2 collection whose reads go through a planner instead of stock's first-fit:
 * <ul>
 * <li>from the filter's top level (and top-level $and) it takes, per field, the values an equality,
 *   {@code $eq} or {@code $in} fixes (other operators beside them are fine: the whole filter is
 *   applied to every candidate);</li>
 * <li>a unique index (the _id index too) is usable when all its keys are fixed, whatever else the
 *   filter holds ({@code {_id, version}}, {@code {_id, status: {$in}}}) — stock requires the filter's
 *   keys to equal the index's keys; a {@link MemoryIndex} is usable when its leading key is fixed
 *   (all its keys: exact compound lookup);</li>
 * <li>of the usable indexes it takes the one with the fewest candidates, else scans;</li>
 * <li>a sorted read with a limit may instead walk an index whose leading key is the first sort key,
 *   in order, stopping after skip + limit matches ({@link #walkInOrder});</li>
 * <li>results leave as copies of the stored documents ({@link #createQueryResult});</li>
 * <li>it counts examined and matched documents ({@link Counters}).</li>
 * </ul>
 * Candidates are read in _id order, the order of a collection scan.
 */
final class PecgCollection extends H2Collection {

    private final MVMap<Object, Document> data;

    /** Matched documents of the query in progress (callers hold this collection's monitor). */
    private long matched;
    private boolean counting;

    /**
     * Documents read by position (their {@code _id}), in front of the H2 map: a lookup in the map walks
     * its B-tree comparing keys through H2's generic data type (an ObjectId comparison copies both ids
     * to byte arrays) — a quarter of the engine's CPU while serving the enterprise list. Only ObjectId
     * and string positions (whose equality is the map's key order); every write of a position removes
     * it here before it changes the map; at most {@link #CACHED} entries (see {@link #evict}).
     */
    private final Map<Object, Document> cached = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHED = Integer.getInteger("pecg.cachedDocuments", 250_000);

    PecgCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.data = dataMap;
    }

    private static boolean cacheable(Object position) {
        return position instanceof de.bwaldvogel.mongo.bson.ObjectId || position instanceof String;
    }

    @Override
    protected Document getDocument(Object position) {
        Document document = cached.get(position);
        if (document == null) {
            document = super.getDocument(position);
            if (document != null && cacheable(position)) {
                if (cached.size() >= CACHED) {
                    evict();
                }
                cached.put(position, document);
            }
        }
        return document;
    }

    /**
     * Makes room by dropping an eighth of the cached documents (the first ones the map's iterator gives,
     * in no meaningful order): a read set larger than the cap keeps most of what it cached instead of
     * refilling the whole map, at the cost of one walk per {@code CACHED / 8} reads.
     */
    private void evict() {
        java.util.Iterator<Object> positions = cached.keySet().iterator();
        for (int dropped = 0; dropped < Math.max(1, CACHED / 8) && positions.hasNext(); dropped++) {
            positions.next();
            positions.remove();
        }
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object position = super.addDocumentInternal(document);
        cached.remove(position);
        return position;
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        cached.remove(position);
        super.handleUpdate(position, oldDocument, newDocument);
        cached.remove(position);
    }

    @Override
    protected void removeDocument(Object position) {
        cached.remove(position);
        super.removeDocument(position);
        cached.remove(position);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        boolean matches = super.documentMatchesQuery(document, query);
        if (matches && counting) {
            matched++;
        }
        return matches;
    }

    @Override
    protected synchronized QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                                      int batchSize, Document fieldSelector) {
        boolean naturalDescending = isNaturalDescending(orderBy);
        Plan plan = naturalDescending ? null : plan(query);
        if (!naturalDescending && limit > 0) {
            QueryResult perValue = walkCompound(plan, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            if (perValue != null) {
                return perValue;
            }
            QueryResult walked = walkInOrder(plan, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            if (walked != null) {
                return walked;
            }
        }
        long[] examined = {0};
        Stream<Document> stream;
        if (plan != null) {
            stream = plan.positions().stream().map(this::getDocument).filter(Objects::nonNull);
        } else if (naturalDescending) {
            stream = streamAllDocumentsWithPosition()
                .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                .map(DocumentWithPosition::getDocument);
        } else {
            stream = data.values().stream();
        }
        stream = stream.peek(document -> examined[0]++);
        matched = 0;
        counting = true;
        try {
            return matchDocumentsFromStream(query, stream, numberToSkip, limit, batchSize, Order.of(orderBy), fieldSelector);
        } finally {
            counting = false;
            Engine.COUNTERS.query(getFullName(), examined[0], matched, plan != null);
        }
    }

    /**
     * A sorted read with a limit, walked in the order of an index whose leading key is the first sort
     * key: leading values in order (from the bound the filter sets on that key, if any), each value's
     * documents filtered and sorted by the whole sort specification, stopping once skip + limit
     * documents are in. Chosen over the equality plan when that plan's candidates are many compared
     * with what the walk is expected to read ((skip + limit) × documents ÷ candidates). Null: not
     * applicable.
     */
    private QueryResult walkInOrder(Plan plan, Document query, Document orderBy, int numberToSkip, int limit,
                                    int batchSize, Document fieldSelector) {
        if (orderBy == null || orderBy.isEmpty()) {
            return null;
        }
        String sortKey = orderBy.keySet().iterator().next();
        Object direction = orderBy.get(sortKey);
        if (!(direction instanceof Number) || sortKey.startsWith("$")) {
            return null;
        }
        boolean ascending = ((Number) direction).doubleValue() >= 0;
        MemoryIndex index = null;
        for (Index<Object> candidate : super.getIndexes()) {
            if (candidate instanceof MemoryIndex && ((MemoryIndex) candidate).leadingKey().equals(sortKey) && !((MemoryIndex) candidate).sparse()) {
                index = (MemoryIndex) candidate;
                break;
            }
        }
        if (index == null) {
            return null;
        }
        long needed = (long) numberToSkip + limit;
        if (plan != null) {
            long documents = Math.max(1, count());
            long candidates = Math.max(1, plan.estimate);
            if (candidates * candidates <= needed * documents) {
                return null; // the equality plan reads fewer documents
            }
        }
        Object from = Bounds.of(query, sortKey, ascending);
        java.util.Comparator<Document> comparator = Order.of(orderBy);
        List<Document> out = new ArrayList<>();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        long examined = 0;
        for (Object leadingValue : index.orderedLeadingValues(ascending, from)) {
            List<Document> sameValue = new ArrayList<>();
            for (Object position : index.bucketPositions(leadingValue)) {
                if (!seen.add(position)) {
                    continue;
                }
                Document document = getDocument(position);
                if (document == null) {
                    continue;
                }
                examined++;
                if (super.documentMatchesQuery(document, query)) {
                    sameValue.add(document);
                }
            }
            if (sameValue.size() > 1 && comparator != null) {
                sameValue.sort(comparator);
            }
            out.addAll(sameValue);
            if (out.size() >= needed) {
                break;
            }
        }
        Engine.COUNTERS.query(getFullName(), examined, out.size(), true);
        return matchDocumentsFromStream(new Document(), out.stream(), numberToSkip, limit, batchSize, null, fieldSelector);
    }

    /**
     * A sorted read with a limit whose filter fixes the leading key of a compound index
     * { leading, firstSortKey, … } to a few values: each value's entries walked in index order up to
     * skip + limit matches ({@link #firstPerValue}), then merged, sorted and cut. Chosen unless the
     * equality plan has fewer candidates than the walk would read. Null: not applicable.
     */
    private QueryResult walkCompound(Plan plan, Document query, Document orderBy, int numberToSkip, int limit,
                                     int batchSize, Document fieldSelector) {
        if (orderBy == null || orderBy.isEmpty()) {
            return null;
        }
        String sortKey = orderBy.keySet().iterator().next();
        Map<String, List<Object>> raw = new LinkedHashMap<>();
        collectConstraints(query, raw);
        long needed = (long) numberToSkip + limit;
        MemoryIndex best = null;
        long bestEntries = Long.MAX_VALUE;
        Map<String, List<Object>> normalized = new LinkedHashMap<>();
        raw.forEach((key, values) -> normalized.put(key, values.stream().map(MemoryIndex::normalize).distinct().collect(Collectors.toList())));
        for (Index<Object> candidate : super.getIndexes()) {
            if (!(candidate instanceof MemoryIndex)) {
                continue;
            }
            MemoryIndex index = (MemoryIndex) candidate;
            List<String> keys = index.keyNames();
            if (index.sparse() || keys.size() < 2 || !keys.get(1).equals(sortKey) || !raw.containsKey(keys.get(0))) {
                continue;
            }
            // the fewest entries under the fixed leading values: the most selective leading condition
            Map<String, List<Object>> leading = new LinkedHashMap<>();
            leading.put(keys.get(0), normalized.get(keys.get(0)));
            long entries = index.estimate(leading);
            if (entries < bestEntries) {
                best = index;
                bestEntries = entries;
            }
        }
        if (best == null) {
            return null;
        }
        String leadingKey = best.keyNames().get(0);
        if (plan != null && plan.estimate <= needed * raw.get(leadingKey).size()) {
            return null; // the equality plan reads fewer documents
        }
        List<Document> first = firstPerValue(query, leadingKey, orderBy, needed);
        if (first == null) {
            return null;
        }
        return matchDocumentsFromStream(new Document(), first.stream(), numberToSkip, limit, batchSize, Order.of(orderBy), fieldSelector);
    }

    /**
     * The query without its condition on {@code field} when that condition is one value or
     * {@code { $in: [values] }} (what an index lookup under those values already ensures); null when
     * the condition is anything else (operators, a regular expression, an array to equal).
     */
    private static Document withoutValueList(Document query, String field) {
        Object condition = query.get(field);
        boolean valueList = condition instanceof Document && ((Document) condition).size() == 1 && ((Document) condition).get("$in") instanceof Collection;
        boolean oneValue = condition != null && !(condition instanceof Document) && !(condition instanceof Collection) && !(condition instanceof java.util.regex.Pattern)
            && !(condition instanceof de.bwaldvogel.mongo.bson.BsonRegularExpression);
        if (!valueList && !oneValue) {
            return null;
        }
        Document residual = new Document();
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (!entry.getKey().equals(field)) {
                residual.put(entry.getKey(), entry.getValue());
            }
        }
        return residual;
    }

    /**
     * For each value the filter fixes on {@code leadingField} (equality, {@code $eq}, {@code $in}),
     * the matching documents that come first in {@code order} — at least {@code perValue} of them
     * where there are that many, plus every document tied with the last one on the first sort key,
     * so that sorting the result by the whole order and cutting it gives exactly what sorting all
     * matching documents would — read by walking an index { leadingField, firstSortKey, … } within
     * each value: "the latest N of each parent" reads about N documents per parent, however many
     * children it has. Each document once (a multikey leading field puts a document under several
     * values). Null: no such index, a null value, or a sort key holding an array (the walk would not
     * order it as a sort does) — the caller reads the usual way.
     */
    synchronized List<Document> firstPerValue(Document query, String leadingField, Document order, long perValue) {
        if (order == null || order.isEmpty() || perValue <= 0) {
            return null;
        }
        String sortKey = order.keySet().iterator().next();
        Object direction = order.get(sortKey);
        if (sortKey.startsWith("$") || !(direction instanceof Number)) {
            return null;
        }
        boolean ascending = ((Number) direction).doubleValue() >= 0;
        MemoryIndex index = compoundIndex(leadingField, sortKey);
        if (index == null) {
            return null;
        }
        Map<String, List<Object>> raw = new LinkedHashMap<>();
        collectConstraints(query, raw);
        List<Object> values = raw.get(leadingField);
        if (values == null) {
            return null;
        }
        List<Object> normalized = values.stream().map(MemoryIndex::normalize).distinct().collect(Collectors.toList());
        if (normalized.contains(null)) {
            return null;
        }
        java.util.Comparator<Object> comparator = Order::compareValues;
        Object from = Bounds.of(query, sortKey, ascending); // a cursor's bound: later pages start where the previous ended
        if (from != MemoryIndex.NO_BOUND && from instanceof Collection) {
            from = MemoryIndex.NO_BOUND;
        }
        // every document below comes from the index under one of the leading values: when the query's
        // condition on the leading field is just those values, the rest of the query is what is left to check
        Document residual = withoutValueList(query, leadingField);
        List<Document> out = new ArrayList<>();
        java.util.Set<Object> taken = new java.util.HashSet<>();
        long examined = 0;
        for (Object value : normalized) {
            long found = 0;
            Object boundary = null;
            boolean bounded = false;
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (Map.Entry<de.bwaldvogel.mongo.backend.KeyValue, Map<Object, Object>> entry : index.bucketInOrder(value, ascending, from)) {
                Object sortValue = entry.getKey().get(1);
                if (bounded && comparator.compare(sortValue, boundary) != 0) {
                    break;
                }
                for (Object position : entry.getValue().values()) {
                    if (!seen.add(position)) {
                        continue;
                    }
                    Document document = getDocument(position);
                    if (document == null) {
                        continue;
                    }
                    examined++;
                    if (MemoryIndex.valueAt(document, sortKey) instanceof Collection) {
                        Engine.COUNTERS.query(getFullName(), examined, 0, true);
                        return null;
                    }
                    if (residual == null ? !super.documentMatchesQuery(document, query) : !residual.isEmpty() && !super.documentMatchesQuery(document, residual)) {
                        continue;
                    }
                    if (taken.add(position)) {
                        out.add(document);
                    }
                    if (++found == perValue) {
                        boundary = sortValue;
                        bounded = true;
                    }
                }
                if (bounded && found > perValue + 10_000) {
                    Engine.COUNTERS.query(getFullName(), examined, 0, true);
                    return null; // ten thousand ties on the first sort key: read the usual way
                }
            }
        }
        Engine.COUNTERS.query(getFullName(), examined, out.size(), true);
        // in _id order, the order of a collection scan: a later (stable) sort leaves ties as a scan would
        out.sort((a, b) -> comparator.compare(a.get("_id"), b.get("_id")));
        return out;
    }

    /** A non-sparse in-memory index whose first two keys are these, or null. */
    private MemoryIndex compoundIndex(String leadingKey, String secondKey) {
        for (Index<Object> candidate : super.getIndexes()) {
            if (candidate instanceof MemoryIndex) {
                MemoryIndex index = (MemoryIndex) candidate;
                List<String> keys = index.keyNames();
                if (!index.sparse() && keys.size() >= 2 && keys.get(0).equals(leadingKey) && keys.get(1).equals(secondKey)) {
                    return index;
                }
            }
        }
        return null;
    }

    /**
     * Stored documents are never changed in place: a write command (update, findAndModify, delete)
     * gets copies of the documents it matched, and an update stores the copy it changed. So what a read
     * hands out — the live objects of an in-memory store or of H2's page cache — stays as it was while
     * the answer is encoded after this collection's monitor is released (no torn read, no
     * findOneAndUpdate returning another update's result), and reads copy nothing.
     */
    @Override
    protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
        if (!Engine.WRITING.get()) {
            return super.createQueryResult(matchedDocuments, batchSize);
        }
        List<Document> copies = new ArrayList<>(matchedDocuments.size());
        for (Document document : matchedDocuments) {
            copies.add(document.cloneDeeply());
        }
        return super.createQueryResult(copies, batchSize);
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        Document result = super.findAndModify(query);
        Object value = result.get("value");
        if (value instanceof Document) {
            result.put("value", ((Document) value).cloneDeeply()); // "new": the stored document itself
        }
        return result;
    }

    /** All documents matching {@code filter}, through the planner: the source of an indexed aggregation. */
    synchronized List<Document> findAll(Document filter, Document orderBy, int limit) {
        return queryDocuments(filter, orderBy, 0, limit, 0, null).collectDocuments();
    }

    @Override
    public synchronized void addIndex(Index<Object> index) {
        super.addIndex(index);
    }

    /** Documents stored (no lock: for ordering the work on open). */
    long storedCount() {
        return data.sizeAsLong();
    }

    /**
     * Fills the indexes opened with the store ({@link MemoryIndex#deferred}) in one pass over the
     * documents: each document is decoded once for all of them, not twice per index as the stock
     * addIndex does. Runs before the engine answers anything.
     */
    synchronized void buildDeferredIndexes() {
        List<MemoryIndex> deferred = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof MemoryIndex && ((MemoryIndex) index).deferred()) {
                deferred.add((MemoryIndex) index);
            }
        }
        if (deferred.isEmpty()) {
            return;
        }
        for (Map.Entry<Object, Document> entry : data.entrySet()) {
            for (MemoryIndex index : deferred) {
                index.add(entry.getValue(), entry.getKey(), this);
            }
        }
        deferred.forEach(MemoryIndex::built);
    }

    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
    }

    @Override
    public synchronized List<Index<Object>> getIndexes() {
        return super.getIndexes();
    }

    /**
     * The number of documents matching {@code filter} read from an index alone, without reading a
     * document, when an index answers the filter exactly: every condition is an equality or
     * {@code $in} on a top-level field, and those fields are exactly the first keys of a non-sparse
     * index — one condition: its leading key (its buckets hold each document with that value once);
     * several (the directory's "members of one category"): a compound index whose first keys they
     * are, counted as the distinct documents under the fixed key prefixes. Values must be ones whose
     * equality the index answers as the matcher does (no null, no subdocument: a missing field and
     * null, and a subdocument's key order, are the matcher's business). Null: not such a filter — the
     * caller counts documents.
     */
    synchronized Long countFromIndex(Document filter) {
        if (filter == null || filter.isEmpty()) {
            return null;
        }
        Map<String, List<Object>> constraints = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String key = entry.getKey();
            Object condition = entry.getValue();
            if (key.startsWith("$")) {
                return null;
            }
            if (condition instanceof Document && (!isOperatorDocument((Document) condition) || ((Document) condition).size() != 1)) {
                return null;
            }
            List<Object> values = valuesOf(condition);
            if (values == null || values.isEmpty()) {
                return null;
            }
            for (Object value : values) {
                if (value == null || value instanceof Document) {
                    return null;
                }
            }
            constraints.put(key, values.stream().map(MemoryIndex::normalize).distinct().collect(Collectors.toList()));
        }
        for (Index<Object> candidate : super.getIndexes()) {
            if (!(candidate instanceof MemoryIndex) || ((MemoryIndex) candidate).sparse()) {
                continue;
            }
            MemoryIndex index = (MemoryIndex) candidate;
            List<String> keys = index.keyNames();
            if (keys.size() < constraints.size() || !new java.util.HashSet<>(keys.subList(0, constraints.size())).equals(constraints.keySet())) {
                continue;
            }
            Long count = constraints.size() == 1
                ? Long.valueOf(index.positions(constraints).size())
                : index.countUnderPrefixes(constraints);
            if (count == null) {
                continue;
            }
            Engine.COUNTERS.query(getFullName(), 0, count, true);
            return count;
        }
        return null;
    }

    @Override
    public synchronized int count(Document query, int skip, int limit) {
        return super.count(query, skip, limit);
    }

    // ---- planner -----------------------------------------------------------------------------

    /** The chosen index and how to ask it; positions() reads the candidates. */
    private final class Plan {
        final Index<Object> index;
        final Document subQuery;
        final Map<String, List<Object>> constraints;
        final long estimate;

        /** A range plan's bounds on the index's leading key (NO_BOUND: open); null: an equality plan. */
        final Object low;
        final Object high;

        Plan(Index<Object> index, Document subQuery, Map<String, List<Object>> constraints, long estimate) {
            this(index, subQuery, constraints, estimate, null, null);
        }

        Plan(Index<Object> index, Document subQuery, Map<String, List<Object>> constraints, long estimate, Object low, Object high) {
            this.index = index;
            this.subQuery = subQuery;
            this.constraints = constraints;
            this.estimate = estimate;
            this.low = low;
            this.high = high;
        }

        /** Candidate positions, each once, in _id order (the order of a collection scan). */
        List<Object> positions() {
            List<Object> positions = new ArrayList<>();
            if (constraints == null) {
                positions.addAll(((MemoryIndex) index).rangePositions(low, high));
            } else if (index instanceof MemoryIndex) {
                positions.addAll(((MemoryIndex) index).positions(constraints));
            } else {
                for (Object position : index.getPositions(subQuery)) {
                    if (position != null) {
                        positions.add(position);
                    }
                }
            }
            if (positions.size() > 1) {
                positions.sort(ValueComparator.asc());
            }
            return positions;
        }
    }

    /** The most selective usable index for {@code query} (fewest candidates); null: scan. */
    private Plan plan(Document query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        Map<String, List<Object>> raw = new LinkedHashMap<>();
        collectConstraints(query, raw);
        if (raw.isEmpty()) {
            return rangePlan(query, null);
        }
        Map<String, List<Object>> normalized = new LinkedHashMap<>();
        raw.forEach((key, values) -> normalized.put(key, values.stream().map(MemoryIndex::normalize).distinct().collect(Collectors.toList())));

        Plan best = null;
        for (Index<Object> index : super.getIndexes()) {
            if (index instanceof MemoryIndex) {
                MemoryIndex memoryIndex = (MemoryIndex) index;
                List<Object> leading = normalized.get(memoryIndex.leadingKey());
                if (leading == null || (memoryIndex.sparse() && anyConstraintHasNull(memoryIndex.keyNames(), normalized))) {
                    continue;
                }
                long estimate = memoryIndex.estimate(normalized);
                if (best == null || estimate < best.estimate) {
                    best = new Plan(index, null, normalized, estimate);
                }
            } else if (index.isUnique() && !(index instanceof PartialUniqueIndex)) {
                Document subQuery = uniqueSubQuery(index, raw, normalized);
                if (subQuery == null || !index.canHandle(subQuery)) {
                    continue;
                }
                long estimate = 1;
                for (String key : subQuery.keySet()) {
                    estimate *= normalized.get(key).size();
                }
                if (best == null || estimate < best.estimate) {
                    best = new Plan(index, subQuery, normalized, estimate);
                }
            }
        }
        return rangePlan(query, best);
    }

    /**
     * A plan reading the entries of an in-memory index whose leading key the filter bounds
     * ({@code $gt}/{@code $gte}/{@code $lt}/{@code $lte}, a time range) — when it has fewer candidates
     * than {@code best} and than half the collection (past that a scan in _id order reads as much).
     */
    private Plan rangePlan(Document query, Plan best) {
        long cap = best != null ? best.estimate : Math.max(1, count() / 2);
        Plan chosen = best;
        for (Index<Object> candidate : super.getIndexes()) {
            if (!(candidate instanceof MemoryIndex) || ((MemoryIndex) candidate).sparse()) {
                continue;
            }
            MemoryIndex index = (MemoryIndex) candidate;
            String key = index.leadingKey();
            Object low = Bounds.of(query, key, true);
            Object high = Bounds.of(query, key, false);
            if ((low == MemoryIndex.NO_BOUND && high == MemoryIndex.NO_BOUND) || low instanceof Collection || high instanceof Collection
                || (index.leadingMultikey() && low != MemoryIndex.NO_BOUND && high != MemoryIndex.NO_BOUND)
                || low instanceof java.util.regex.Pattern || high instanceof java.util.regex.Pattern) {
                continue;
            }
            long estimate = index.estimateRange(low, high, cap);
            if (estimate <= cap && (chosen == null || estimate < chosen.estimate)) {
                chosen = new Plan(index, null, null, estimate, low, high);
                cap = estimate;
            }
        }
        return chosen;
    }

    private static boolean anyConstraintHasNull(List<String> keys, Map<String, List<Object>> constraints) {
        for (String key : keys) {
            List<Object> values = constraints.get(key);
            if (values != null && values.contains(null)) {
                return true;
            }
        }
        return false;
    }

    /** A filter on exactly the unique index's keys that stock's unique index can answer, or null. */
    private static Document uniqueSubQuery(Index<Object> index, Map<String, List<Object>> raw, Map<String, List<Object>> normalized) {
        Document subQuery = new Document();
        boolean compound = index.getKeys().size() > 1;
        for (var indexKey : index.getKeys()) {
            String key = indexKey.getKey();
            List<Object> values = raw.get(key);
            if (values == null || normalized.get(key).contains(null)) {
                return null;
            }
            if (values.size() == 1) {
                Object value = values.get(0);
                if (compound && value instanceof Document) {
                    return null;
                }
                subQuery.put(key, value);
            } else if (!compound) {
                subQuery.put(key, new Document("$in", new ArrayList<>(values)));
            } else {
                return null;
            }
        }
        return subQuery;
    }

    /** Per field, the values an equality, $eq or $in at the top level (or in a top-level $and) allows. */
    @SuppressWarnings("unchecked")
    private static void collectConstraints(Document query, Map<String, List<Object>> out) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and") && value instanceof List) {
                for (Object part : (List<Object>) value) {
                    if (part instanceof Document) {
                        collectConstraints((Document) part, out);
                    }
                }
                continue;
            }
            if (key.startsWith("$")) {
                continue;
            }
            List<Object> values = valuesOf(value);
            if (values == null) {
                continue;
            }
            List<Object> previous = out.get(key);
            if (previous == null || values.size() < previous.size()) {
                out.put(key, values);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> valuesOf(Object value) {
        if (value instanceof Document && isOperatorDocument((Document) value)) {
            Document operators = (Document) value;
            if (operators.containsKey("$eq")) {
                Object eq = operators.get("$eq");
                return isIndexable(eq) ? Collections.singletonList(eq) : null;
            }
            if (operators.containsKey("$in") && operators.get("$in") instanceof Collection) {
                List<Object> values = new ArrayList<>();
                for (Object element : (Collection<Object>) operators.get("$in")) {
                    if (!isIndexable(element)) {
                        return null;
                    }
                    values.add(element);
                }
                return values;
            }
            return null;
        }
        return isIndexable(value) ? Collections.singletonList(value) : null;
    }

    private static boolean isOperatorDocument(Document document) {
        for (String key : document.keySet()) {
            if (key.startsWith("$")) {
                return true;
            }
        }
        return false;
    }

    /** Values whose equality the index answers exactly as the matcher does; arrays and regexes are not. */
    private static boolean isIndexable(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof ObjectId
            || value instanceof Instant || value instanceof Date || value instanceof UUID) {
            return true;
        }
        if (value instanceof Number) {
            return value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Short || value instanceof Byte || value instanceof Float;
        }
        if (value instanceof Document) {
            Document document = (Document) value;
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                if (entry.getKey().startsWith("$") || !isIndexable(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
