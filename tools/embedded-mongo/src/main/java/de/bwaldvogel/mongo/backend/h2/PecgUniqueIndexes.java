package de.bwaldvogel.mongo.backend.h2;

import java.nio.ByteBuffer;
import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * Unique indexes (the {@code _id} index among them) whose B-tree compares keys by value.
 *
 * <p>Stock H2UniqueIndex opens its map with H2's {@link ObjectDataType}, which compares keys that are
 * not {@link Comparable} — and {@code KeyValue} is not — by Java-serialising both sides on every
 * comparison: each {@code _id} lookup cost a dozen serialisations (the largest item of a read's CPU
 * profile). Here keys are compared element by element with MongoDB's value order (numbers by value,
 * so 1 and 1.0 are the same key, as in MongoDB) and stored with the same serialisation as before.
 *
 * <p>The map has its own name ({@link #SUFFIX}): a store written with the stock comparator keeps its old
 * map untouched and the index is rebuilt from the documents on open (an empty index is filled by
 * {@code AbstractMongoCollection.addIndex}).
 *
 * <p>Lives in H2UniqueIndex's package because its constructor is package-private.
 */
public final class PecgUniqueIndexes {

    public static final String SUFFIX = ".byValue";

    private PecgUniqueIndexes() {
    }

    public static H2UniqueIndex open(MVStore store, String mapName, String indexName, List<IndexKey> keys, boolean sparse) {
        MVMap<KeyValue, Object> map = store.openMap(mapName + SUFFIX, new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        return new H2UniqueIndex(map, indexName, keys, sparse);
    }

    public static void remove(MVStore store, String mapName) {
        if (store.hasMap(mapName + SUFFIX)) {
            store.removeMap(mapName + SUFFIX);
        }
    }

    /** KeyValue keys: serialised as ObjectDataType does, ordered by value. */
    static final class KeyValueType extends BasicDataType<KeyValue> {

        private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

        private final ObjectDataType serializer = new ObjectDataType();

        @Override
        public int compare(KeyValue a, KeyValue b) {
            if (a == b) {
                return 0;
            }
            int n = Math.min(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                int c = ORDER.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public int getMemory(KeyValue key) {
            return serializer.getMemory(key);
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            serializer.write(buffer, key);
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            return (KeyValue) serializer.read(buffer);
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyValueType;
        }

        @Override
        public int hashCode() {
            return KeyValueType.class.hashCode();
        }
    }
}
