package pecg.embedded;

import java.util.List;

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
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * An H2 database with real secondary indexes ({@link MemoryIndex}), planned reads
 * ({@link PecgCollection}) and aggregations whose leading {@code $match} goes through the planner.
 */
final class PecgDatabase extends H2Database {

    PecgDatabase(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new MemoryIndex(indexName, keys, sparse);
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
        return new PecgCollection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
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
        List<Document> result = rest.runStages(matched.stream());
        Document cursor = new Document("id", 0L)
            .append("ns", getFullCollectionNamespace(collectionName))
            .append("firstBatch", result);
        return new Document("cursor", cursor).append("ok", 1.0);
    }
}
