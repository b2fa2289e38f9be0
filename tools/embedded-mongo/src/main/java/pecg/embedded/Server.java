package pecg.embedded;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * Stock's MongoServer (the same Netty pipeline of stock handlers, the same options, no TLS) with one
 * handler replaced: replies are written by {@link ReplyEncoder}. MongoServer builds its pipeline inside
 * {@code bind} with no hook to replace a handler, hence this copy of its start and stop.
 */
final class Server {

    private final MongoBackend backend;
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private ChannelGroup channelGroup;
    private Channel channel;

    Server(MongoBackend backend) {
        this.backend = backend;
    }

    /** Listens on {@code host}:{@code port} (0: a free port); returns the port. */
    int bind(String host, int port) {
        bossGroup = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-boss"));
        workerGroup = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-worker"));
        channelGroup = new DefaultChannelGroup("mongodb-channels", workerGroup.next());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 100)
                .localAddress(new InetSocketAddress(host, port))
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    public void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new MongoWireReplyEncoder());
                        ch.pipeline().addLast(new ReplyEncoder());
                        ch.pipeline().addLast(new MongoWireProtocolHandler());
                        ch.pipeline().addLast(new MongoDatabaseHandler(backend, channelGroup));
                        ch.pipeline().addLast(new MongoExceptionHandler());
                    }
                });
            channel = bootstrap.bind().syncUninterruptibly().channel();
            return ((InetSocketAddress) channel.localAddress()).getPort();
        } catch (RuntimeException e) {
            shutdownNow();
            throw e;
        }
    }

    /** Stops listening, closes every client connection, stops the event loops and closes the backend (as MongoServer.shutdownNow). */
    void shutdownNow() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
            channel = null;
        }
        if (channelGroup != null) {
            channelGroup.close().syncUninterruptibly();
        }
        for (EventLoopGroup group : new EventLoopGroup[] { bossGroup, workerGroup }) {
            if (group != null) {
                group.shutdownGracefully(0, 5, TimeUnit.SECONDS);
            }
        }
        for (EventLoopGroup group : new EventLoopGroup[] { bossGroup, workerGroup }) {
            if (group != null) {
                group.terminationFuture().syncUninterruptibly();
            }
        }
        backend.close();
    }
}
