package pecg.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.OpCode;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Stock's MongoWireMessageEncoder (an OP_MSG reply: header, flags, one body section) with the body
 * written by {@link Bson}. A document that cannot be encoded closes the connection, as in stock.
 */
final class ReplyEncoder extends MessageToByteEncoder<MongoMessage> {

    @Override
    protected void encode(ChannelHandlerContext ctx, MongoMessage message, ByteBuf buf) {
        int start = buf.writerIndex();
        buf.writeIntLE(0); // the length, below
        buf.writeIntLE(message.getHeader().getRequestID());
        buf.writeIntLE(message.getHeader().getResponseTo());
        buf.writeIntLE(OpCode.OP_MSG.getId());
        buf.writeIntLE(message.getFlags());
        buf.writeByte(MongoMessage.SECTION_KIND_BODY);
        Document document = message.getDocument();
        try {
            Bson.encodeDocument(document, buf);
        } catch (RuntimeException e) {
            ctx.channel().close();
            throw e;
        }
        buf.setIntLE(start, buf.writerIndex() - start);
    }
}
