package pecg.embedded;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stored documents as BSON. Stock H2Backend stores them with H2's ObjectDataType, i.e. Java
 * serialisation (class descriptors in every value): slow to write, and slow to decode again on
 * every page read from the file. BSON is what
 * the documents arrived as and what they are sent as, so every value a client can store round-trips.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bytes = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bytes);
            int length = bytes.readableBytes();
            buffer.putVarInt(length);
            byte[] array = new byte[length];
            bytes.readBytes(array);
            buffer.put(array);
        } finally {
            bytes.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        byte[] array = new byte[length];
        buffer.get(array);
        ByteBuf bytes = Unpooled.wrappedBuffer(array);
        try {
            return BsonDecoder.decodeBson(bytes);
        } finally {
            bytes.release();
        }
    }

    /** The heap a decoded document takes, roughly (the page cache is sized by these estimates). */
    @Override
    public int getMemory(Document document) {
        return (int) Math.min(Integer.MAX_VALUE, estimate(document));
    }

    private static long estimate(Object value) {
        if (value instanceof Map) {
            long size = 64;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                size += 48 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection) {
            long size = 40;
            for (Object element : (Collection<?>) value) {
                size += 8 + estimate(element);
            }
            return size;
        }
        if (value instanceof CharSequence) {
            return 48 + 2L * ((CharSequence) value).length();
        }
        if (value instanceof byte[]) {
            return 24 + ((byte[]) value).length;
        }
        return 24;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BsonDocumentType;
    }

    @Override
    public int hashCode() {
        return BsonDocumentType.class.hashCode();
    }
}
