package pecg.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Encodes a reply document to BSON — byte for byte what stock's BsonEncoder writes (same types through
 * its {@code determineType}, same errors), but into a plain byte array of this thread that is copied into
 * the reply buffer once, instead of one checked ByteBuf write per byte and field, with ASCII strings and
 * field names written without an intermediate array and array indexes without a Document of "0", "1", …
 * (stock's encoding was a third of the engine's CPU while serving the enterprise list). The rare types
 * (binary, UUID, regex, JavaScript, decimal, timestamp) are written by stock's encoder.
 */
final class Bson {

    private static final int INITIAL = 64 * 1024;
    /** A buffer grown past this for one large reply is not kept for the next. */
    private static final int KEPT = 4 * 1024 * 1024;
    private static final ThreadLocal<Bson> LOCAL = ThreadLocal.withInitial(Bson::new);
    private static final byte[][] INDEXES = new byte[1000][];

    static {
        for (int i = 0; i < INDEXES.length; i++) {
            INDEXES[i] = String.valueOf(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private byte[] bytes = new byte[INITIAL];
    private int position;

    private Bson() {
    }

    /** Writes {@code document} to {@code out} as stock's {@code BsonEncoder.encodeDocument} does. */
    static void encodeDocument(Map<String, ?> document, ByteBuf out) {
        Bson writer = LOCAL.get();
        writer.position = 0;
        try {
            writer.document(document);
            out.writeBytes(writer.bytes, 0, writer.position);
        } finally {
            if (writer.bytes.length > KEPT) {
                writer.bytes = new byte[INITIAL];
            }
        }
    }

    private void ensure(int more) {
        if (position + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, position + more));
        }
    }

    private void int32(int value) {
        ensure(4);
        bytes[position++] = (byte) value;
        bytes[position++] = (byte) (value >>> 8);
        bytes[position++] = (byte) (value >>> 16);
        bytes[position++] = (byte) (value >>> 24);
    }

    private void int64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[position++] = (byte) (value >>> (8 * i));
        }
    }

    private void int8(int value) {
        ensure(1);
        bytes[position++] = (byte) value;
    }

    private void raw(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, position, data.length);
        position += data.length;
    }

    /** The string's UTF-8 bytes (as String.getBytes writes them) and a terminating 0; returns their count. */
    private int cString(String value) {
        int length = value.length();
        ensure(length + 1);
        int start = position;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                position = start;
                byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
                raw(encoded);
                int8(BsonConstants.STRING_TERMINATION);
                return encoded.length + 1;
            }
            bytes[position++] = (byte) c;
        }
        bytes[position++] = BsonConstants.STRING_TERMINATION;
        return length + 1;
    }

    private void string(String value) {
        int lengthAt = position;
        int32(0);
        int written = cString(value);
        putInt32(lengthAt, written);
    }

    private void putInt32(int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }

    private void document(Map<String, ?> document) {
        int start = position;
        int32(0);
        for (Map.Entry<String, ?> entry : document.entrySet()) {
            element(entry.getKey(), null, entry.getValue());
        }
        int8(BsonConstants.TERMINATING_BYTE);
        putInt32(start, position - start);
    }

    private void array(Collection<?> values) {
        List<?> list = values instanceof List ? (List<?>) values : new ArrayList<>(values);
        int start = position;
        int32(0);
        for (int i = 0; i < list.size(); i++) {
            element(null, i, list.get(i));
        }
        int8(BsonConstants.TERMINATING_BYTE);
        putInt32(start, position - start);
    }

    /** One element: type, name (a field's, or an array index), value. */
    private void element(String name, Integer index, Object value) {
        byte type = BsonEncoder.determineType(value);
        int8(type);
        if (name != null) {
            cString(name);
        } else if (index < INDEXES.length) {
            raw(INDEXES[index]);
            int8(BsonConstants.STRING_TERMINATION);
        } else {
            cString(String.valueOf(index));
        }
        switch (type) {
            case BsonConstants.TYPE_DOUBLE:
                int64(Double.doubleToRawLongBits((Double) value));
                break;
            case BsonConstants.TYPE_UTF8_STRING:
                string(value.toString());
                break;
            case BsonConstants.TYPE_EMBEDDED_DOCUMENT:
                @SuppressWarnings("unchecked")
                Map<String, ?> map = (Map<String, ?>) value;
                document(map);
                break;
            case BsonConstants.TYPE_ARRAY:
                array((Collection<?>) value);
                break;
            case BsonConstants.TYPE_OBJECT_ID:
                byte[] id = ((ObjectId) value).toByteArray();
                if (id.length != BsonConstants.LENGTH_OBJECTID) {
                    throw new IllegalArgumentException("Illegal ObjectId: " + value);
                }
                raw(id);
                break;
            case BsonConstants.TYPE_BOOLEAN:
                int8((Boolean) value ? BsonConstants.BOOLEAN_VALUE_TRUE : BsonConstants.BOOLEAN_VALUE_FALSE);
                break;
            case BsonConstants.TYPE_UTC_DATETIME:
                int64(((Instant) value).toEpochMilli());
                break;
            case BsonConstants.TYPE_INT32:
                int32((Integer) value);
                break;
            case BsonConstants.TYPE_INT64:
                int64((Long) value);
                break;
            case BsonConstants.TYPE_NULL:
            case BsonConstants.TYPE_MAX_KEY:
            case BsonConstants.TYPE_MIN_KEY:
            case BsonConstants.TYPE_UNDEFINED:
                break;
            default: {
                ByteBuf other = Unpooled.buffer();
                try {
                    BsonEncoder.encodeValue(type, value, other);
                    byte[] encoded = new byte[other.readableBytes()];
                    other.readBytes(encoded);
                    raw(encoded);
                } finally {
                    other.release();
                }
            }
        }
    }
}
