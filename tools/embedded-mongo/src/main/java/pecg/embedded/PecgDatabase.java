package pecg.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.h2.PecgUniqueIndexes;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * An H2 database with real secondary indexes ({@link MemoryIndex}), planned reads
 * ({@link PecgCollection}) and aggregations whose leading {@code $match} goes through the planner.
 */
final class PecgDatabase extends H2Database {

    /*
     * No initialiser on this one: H2Database's constructor opens the collections and their indexes
     * (calling back into this class) before this class's initialisers would run.
     */
    /** The constructor has finished: indexes created from now on are filled at once. */
    private boolean opened;
    /** Collections this constructor opened, whose secondary indexes are filled when it has finished. */
    private List<PecgCollection> openedHere;

    PecgDatabase(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
        if (openedHere != null) {
            if (Engine.openedWithStore != null) {
                Engine.openedWithStore.addAll(openedHere); // the backend is opening the store: filled with every other collection's
            } else {
                openedHere.forEach(PecgCollection::buildDeferredIndexes);
            }
            openedHere = null;
        }
        opened = true;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new MemoryIndex(indexName, keys, sparse, !opened);
    }

    /** The description of the index being created (createIndexes), for openOrCreateUniqueIndex. */
    private static final ThreadLocal<Document> CREATING = new ThreadLocal<>();

    @Override
    protected void addIndex(Document indexDescription) {
        Document outer = CREATING.get(); // creating a collection's first index adds its _id index within
        CREATING.set(indexDescription);
        try {
            super.addIndex(indexDescription);
        } finally {
            CREATING.set(outer);
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        // keys compared by value, not by serialising them (see PecgUniqueIndexes)
        Index<Object> index = PecgUniqueIndexes.open(Engine.store, indexMapName(collectionName, indexName), indexName, keys, sparse);
        Document description = indexDescription(collectionName, indexName);
        Object filter = description == null ? null : description.get("partialFilterExpression");
        if (filter instanceof Document && !((Document) filter).isEmpty()) {
            return new PartialUniqueIndex(index, (Document) filter);
        }
        return index;
    }

    /** The map name stock H2Database gives an index (ours adds PecgUniqueIndexes.SUFFIX). */
    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        PecgUniqueIndexes.remove(Engine.store, indexMapName(collection.getCollectionName(), indexName));
    }

    /** Being created: the createIndexes specification; being opened: the stored one. */
    private Document indexDescription(String collectionName, String indexName) {
        String namespace = getFullCollectionNamespace(collectionName);
        Document creating = CREATING.get();
        if (creating != null && indexName.equals(creating.get("name")) && namespace.equals(creating.get("ns"))) {
            return creating;
        }
        MongoCollection<Object> stored = indexes.get();
        if (stored == null) {
            return null;
        }
        for (Document description : stored.handleQuery(new Document("name", indexName).append("ns", namespace))) {
            return description;
        }
        return null;
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // the same map names as H2Database's collections; the documents are stored as BSON
        String fullCollectionName = getFullCollectionNamespace(collectionName);
        MVMap<String, Object> metaMap = Engine.store.openMap("meta." + fullCollectionName);
        MVMap<Object, Document> dataMap = openBsonDataMap("databases." + fullCollectionName, metaMap);
        PecgCollection collection = new PecgCollection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        if (!opened) {
            if (openedHere == null) {
                openedHere = new java.util.ArrayList<>();
            }
            openedHere.add(collection);
        }
        return collection;
    }

    /** Marks, in a collection's meta map, that its documents are stored as BSON ({@link BsonDocumentType}). */
    private static final String VALUE_FORMAT_KEY = "pecg.valueFormat";

    /**
     * The collection's data map with BSON values. A map a stock (or older) engine wrote with Java
     * serialisation is converted once, on open: its documents are read, the map is removed and
     * written again as BSON (under the write lock, committed before the engine answers anything).
     */
    private static MVMap<Object, Document> openBsonDataMap(String name, MVMap<String, Object> metaMap) {
        MVStore store = Engine.store;
        if (!"bson".equals(metaMap.get(VALUE_FORMAT_KEY)) && store.hasMap(name)) {
            MVMap<Object, Document> serialised = store.openMap(name);
            java.util.List<java.util.Map.Entry<Object, Document>> documents = new java.util.ArrayList<>();
            for (java.util.Map.Entry<Object, Document> entry : serialised.entrySet()) {
                documents.add(new java.util.AbstractMap.SimpleImmutableEntry<>(entry.getKey(), entry.getValue()));
            }
            store.removeMap(serialised);
            MVMap<Object, Document> converted = store.openMap(name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            for (java.util.Map.Entry<Object, Document> entry : documents) {
                converted.put(entry.getKey(), entry.getValue());
            }
            metaMap.put(VALUE_FORMAT_KEY, "bson");
            return converted;
        }
        metaMap.put(VALUE_FORMAT_KEY, "bson");
        return store.openMap(name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver, Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate")) {
            Document response = indexedAggregate(channel, query, databaseResolver, oplog);
            if (response != null) {
                return response;
            }
        }
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
    }

    /** The output field of a counting {@code $group} ({@code { _id: <constant>, n: { $sum: 1 } }}), or null. */
    private static String countGroupField(Document stage) {
        if (stage.size() != 1 || !(stage.get("$group") instanceof Document)) {
            return null;
        }
        Document group = (Document) stage.get("$group");
        Object id = group.get("_id");
        if (group.size() != 2 || !(id == null || id instanceof Number) || !group.containsKey("_id")) {
            return null;
        }
        for (String field : group.keySet()) {
            if (field.equals("_id")) {
                continue;
            }
            Object accumulator = group.get(field);
            if (accumulator instanceof Document && ((Document) accumulator).size() == 1
                && ((Document) accumulator).get("$sum") instanceof Number && ((Number) ((Document) accumulator).get("$sum")).doubleValue() == 1) {
                return field;
            }
        }
        return null;
    }

    /**
     * The documents the pipeline of "the latest N per parent" needs, when it is one (as the storage
     * adapter builds it: {@code $match} with the parent keys, optionally {@code $project},
     * {@code $addFields}/{@code $unwind}/{@code $match} for an array of parents, then {@code $sort}
     * by the parent and the order within it, {@code $group} by the parent with {@code $push: "$$ROOT"}
     * and {@code $project} with {@code $slice: [.., N]}), read per parent through a compound index
     * { parent, firstSortKey } ({@link PecgCollection#firstPerValue}); the rest of the pipeline then
     * runs on them unchanged and gives what it gives on the whole collection. Null: not that pipeline
     * or no such index.
     */
    private static Latest latestPerParent(PecgCollection collection, List<Document> pipeline, Document match) {
        int size = pipeline.size();
        if (size < 4) {
            return null;
        }
        Document project = pipeline.get(size - 1);
        Document group = pipeline.get(size - 2);
        Document sort = pipeline.get(size - 3);
        if (project.size() != 1 || group.size() != 1 || sort.size() != 1
            || !(project.get("$project") instanceof Document) || !(group.get("$group") instanceof Document) || !(sort.get("$sort") instanceof Document)) {
            return null;
        }
        Document groupSpec = (Document) group.get("$group");
        Document sortSpec = (Document) sort.get("$sort");
        Document projectSpec = (Document) project.get("$project");
        if (groupSpec.size() != 2 || !(groupSpec.get("_id") instanceof String) || !((String) groupSpec.get("_id")).startsWith("$")) {
            return null;
        }
        String groupField = ((String) groupSpec.get("_id")).substring(1);
        String pushed = null;
        for (String field : groupSpec.keySet()) {
            if (!field.equals("_id")) {
                pushed = field;
            }
        }
        if (!new Document("$push", "$$ROOT").equals(groupSpec.get(pushed))) {
            return null;
        }
        // { docs: { $slice: ["$docs", n] } }
        if (projectSpec.size() != 1 || !(projectSpec.get(pushed) instanceof Document)) {
            return null;
        }
        Object slice = ((Document) projectSpec.get(pushed)).get("$slice");
        if (((Document) projectSpec.get(pushed)).size() != 1 || !(slice instanceof List) || ((List<?>) slice).size() != 2
            || !("$" + pushed).equals(((List<?>) slice).get(0)) || !(((List<?>) slice).get(1) instanceof Number)) {
            return null;
        }
        long n = ((Number) ((List<?>) slice).get(1)).longValue();
        // $sort: { <group field>: 1, <order within a parent>… }
        if (sortSpec.size() < 2 || !groupField.equals(sortSpec.keySet().iterator().next()) || !sortSpec.values().stream().allMatch(v -> v instanceof Number)) {
            return null;
        }
        Document order = new Document();
        for (String key : sortSpec.keySet()) {
            if (!key.equals(groupField)) {
                order.put(key, sortSpec.get(key));
            }
        }
        // between the $match and the $sort: only stages that keep the parent and the order within it (the
        // candidates are chosen by them) and every candidate — an inclusion keeping them, a copy of the
        // parent per array element ($addFields, $unwind) and a $match on that copy
        List<Document> between = pipeline.subList(1, size - 3);
        String parentField = groupField;
        for (Document stage : between) {
            Object added = stage.size() == 1 ? stage.get("$addFields") : null;
            if (added instanceof Document && ((Document) added).get(groupField) instanceof String && ((String) ((Document) added).get(groupField)).startsWith("$")) {
                parentField = ((String) ((Document) added).get(groupField)).substring(1);
            }
        }
        boolean copied = parentField.equals(groupField);
        for (Document stage : between) {
            String name = stage.size() == 1 ? stage.keySet().iterator().next() : "";
            Object spec = stage.get(name);
            switch (name) {
                case "$project":
                    Inclusion inclusion = Inclusion.of(stage);
                    if (inclusion == null || !inclusion.keeps(parentField) || !order.keySet().stream().allMatch(inclusion::keeps) || (copied && !inclusion.keeps(groupField))) {
                        return null;
                    }
                    break;
                case "$addFields":
                    if (!(spec instanceof Document) || copied) {
                        return null;
                    }
                    for (Map.Entry<String, Object> field : ((Document) spec).entrySet()) {
                        if (!field.getKey().equals(groupField) && (order.containsKey(field.getKey()) || field.getKey().equals(parentField))) {
                            return null;
                        }
                    }
                    copied = true;
                    break;
                case "$unwind":
                    if (!copied || !("$" + groupField).equals(spec)) {
                        return null;
                    }
                    break;
                case "$match":
                    if (!copied || !(spec instanceof Document) || ((Document) spec).size() != 1 || !((Document) spec).containsKey(groupField)) {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
        }
        List<Document> candidates = collection.firstPerValue(match, parentField, order, n);
        return candidates == null ? null : new Latest(candidates, groupField.contains(".") ? null : groupField, pushed, n);
    }

    /** The candidates of "the latest N per parent" and, when the pipeline groups by a plain field, what it groups. */
    private static final class Latest {
        final List<Document> candidates;
        /** The field the {@code $group} groups by (the parent, or its copy per array element), when it is not a path; else null. */
        final String groupField;
        final String pushed;
        final long n;

        Latest(List<Document> candidates, String groupField, String pushed, long n) {
            this.candidates = candidates;
            this.groupField = groupField;
            this.pushed = pushed;
            this.n = n;
        }
    }

    /**
     * {@code $group: { _id: "$parent", docs: { $push: "$$ROOT" } }} and {@code $project: { docs: { $slice:
     * ["$docs", n] } }} over documents sorted by parent first: one row per parent in ascending order
     * (stock's group order), its first n documents. Null when a parent is not an id or a string (stock
     * groups other values by its own equality, e.g. 1 with 1.0) or the input is not in parent order.
     */
    private static List<Document> firstNPerParent(List<Document> sorted, String groupField, String pushed, long n) {
        List<Document> rows = new ArrayList<>();
        Object current = null;
        List<Object> docs = null;
        for (Document document : sorted) {
            Object parent = document.get(groupField);
            if (!(parent instanceof ObjectId || parent instanceof String)) {
                return null;
            }
            if (docs == null || !parent.equals(current)) {
                if (docs != null && Order.compareValues(current, parent) >= 0) {
                    return null;
                }
                docs = new ArrayList<>();
                rows.add(new Document("_id", parent).append(pushed, docs));
                current = parent;
            }
            if (docs.size() < n) {
                docs.add(document);
            }
        }
        return rows;
    }

    /**
     * Stock runs every pipeline over the whole collection. When the pipeline starts with
     * {@code $match}, the matching documents come from the planner (an index where one applies) and
     * the remaining stages run on them. Null: not such a pipeline, stock handles it.
     */
    private Document indexedAggregate(Channel channel, Document query, DatabaseResolver databaseResolver, Oplog oplog) {
        Object target = query.get("aggregate");
        if (!(target instanceof String)) {
            return null;
        }
        String collectionName = (String) target;
        MongoCollection<Object> collection = resolveCollection(collectionName, false);
        if (!(collection instanceof PecgCollection)) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
        if (pipeline.isEmpty() || pipeline.get(0).size() != 1 || !(pipeline.get(0).get("$match") instanceof Document)) {
            return null;
        }
        for (Document stage : pipeline) {
            if (stage.containsKey("$changeStream")) {
                return null;
            }
        }
        clearLastStatus(channel);
        Document match = (Document) pipeline.get(0).get("$match");
        // countDocuments: [{ $match }, { $group: { _id: <constant>, n: { $sum: 1 } } }], answered from an index when one answers the filter exactly
        String countField = pipeline.size() == 2 ? countGroupField(pipeline.get(1)) : null;
        if (countField != null) {
            Long count = ((PecgCollection) collection).countFromIndex(match);
            if (count != null) {
                List<Document> rows = new java.util.ArrayList<>();
                if (count > 0) {
                    Object id = ((Document) pipeline.get(1).get("$group")).get("_id");
                    rows.add(new Document("_id", id).append(countField, count <= Integer.MAX_VALUE ? (Object) Integer.valueOf(count.intValue()) : (Object) count));
                }
                Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(collectionName)).append("firstBatch", rows);
                return new Document("cursor", cursor).append("ok", 1.0);
            }
        }
        // "the latest N per parent" ($sort by parent → $group $push → $project $slice): about N documents read per parent
        Latest latest = latestPerParent((PecgCollection) collection, pipeline, match);
        if (latest != null) {
            List<Document> perParent = latest.candidates;
            java.util.Comparator<Document> order = Order.of((Document) pipeline.get(pipeline.size() - 3).get("$sort"));
            Aggregation stages = Aggregation.fromPipeline(pipeline.subList(1, pipeline.size()), databaseResolver, this, collection, oplog);
            stages.validate(query);
            List<Document> result = null;
            if (latest.groupField != null) {
                // the stages before the $sort (projection; one copy per parent of an array) by stock, in the
                // candidates' _id order (a scan's); the sort (stable: ties stay in that order, as stock's) and the
                // group and slice directly — stock's $group hashes through a TreeMap of its value comparator and
                // looks every path up through a regular expression
                List<Document> staged = new ArrayList<>(perParent);
                List<Document> left = Inclusion.applyLeading(pipeline.subList(1, pipeline.size() - 3), staged);
                if (!left.isEmpty()) {
                    staged = new ArrayList<>(Aggregation.fromPipeline(left, databaseResolver, this, collection, oplog).runStages(staged.stream()));
                }
                staged.sort(order);
                result = firstNPerParent(staged, latest.groupField, latest.pushed, latest.n);
            }
            if (result == null) {
                // in the order of the pipeline's $sort already (compared without stock's type ranking): its sort then only confirms the run
                perParent.sort(order);
                result = stages.runStages(perParent.stream());
            }
            Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(collectionName)).append("firstBatch", result);
            return new Document("cursor", cursor).append("ok", 1.0);
        }
        // $match + $sort + $limit is a sorted find with a limit (which may walk an index in order)
        Document sort = null;
        int limit = 0;
        int from = 1;
        if (pipeline.size() >= 3 && pipeline.get(1).size() == 1 && pipeline.get(1).get("$sort") instanceof Document
            && pipeline.get(2).size() == 1 && pipeline.get(2).get("$limit") instanceof Number) {
            long requested = ((Number) pipeline.get(2).get("$limit")).longValue();
            boolean plainSort = ((Document) pipeline.get(1).get("$sort")).values().stream().allMatch(v -> v instanceof Number);
            if (plainSort && requested > 0 && requested <= Integer.MAX_VALUE) {
                sort = (Document) pipeline.get(1).get("$sort");
                limit = (int) requested;
                from = 3;
            }
        }
        Aggregation rest = Aggregation.fromPipeline(pipeline.subList(from, pipeline.size()), databaseResolver, this, collection, oplog);
        rest.validate(query);
        List<Document> matched = ((PecgCollection) collection).findAll(match, sort, limit);
        // the statistics' counting $group next: read and hashed directly (same groups, same order as stock)
        List<Document> counted = from < pipeline.size() && pipeline.get(from).size() == 1 && pipeline.get(from).get("$group") instanceof Document
            ? CountGroup.apply((Document) pipeline.get(from).get("$group"), matched)
            : null;
        List<Document> result;
        if (counted != null) {
            result = Aggregation.fromPipeline(pipeline.subList(from + 1, pipeline.size()), databaseResolver, this, collection, oplog).runStages(counted.stream());
        } else {
            // a leading inclusion ($project of top-level fields) directly, the rest by stock
            List<Document> documents = new ArrayList<>(matched);
            List<Document> left = Inclusion.applyLeading(pipeline.subList(from, pipeline.size()), documents);
            result = left.size() == pipeline.size() - from
                ? rest.runStages(matched.stream())
                : left.isEmpty() ? documents : Aggregation.fromPipeline(left, databaseResolver, this, collection, oplog).runStages(documents.stream());
        }
        Document cursor = new Document("id", 0L)
            .append("ns", getFullCollectionNamespace(collectionName))
            .append("firstBatch", result);
        return new Document("cursor", cursor).append("ok", 1.0);
    }
}
