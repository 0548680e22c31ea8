package io.camelchat.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * OpenAI-compatible stub server for the benchmark, meant to run in its own JVM on its own core. Answers every POST
 * from memory after a configurable latency: a chat.completion JSON (whose content is JSON fitting BenchInsight when
 * the request carries a response_format), or (when the request body holds
 * {@code "stream":true}) an SSE body of N text chunks. {@code GET /config?latencyMs=..&chunks=..&flush=slice|event}
 * changes them (flush=event: every SSE event its own HTTP chunk, flushed, as real servers send tokens);
 * {@code GET /stats} reports requests served and connections accepted. One event loop thread.
 */
public final class BenchServer {

    private static final byte[] COMPLETION = Payloads.completion();
    private static final byte[] STRUCTURED_COMPLETION = Payloads.completion(Payloads.STRUCTURED_ANSWER);
    private static final byte[] SCHEMA_MARK = "\"response_format\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] STREAM_MARK = "\"stream\"".getBytes(StandardCharsets.UTF_8);
    private static final int SLICE = 16 * 1024;
    private static final Map<Integer, byte[]> STREAMS = new ConcurrentHashMap<>();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicLong CONNECTIONS = new AtomicLong();
    private static volatile int latencyMs;
    private static volatile int chunks = 1000;
    /** {@code slice}: the body in 16 KB HTTP chunks; {@code event}: every SSE event its own HTTP chunk, flushed. */
    private static volatile boolean flushPerEvent;

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        EventLoopGroup group = new NioEventLoopGroup(1);
        Channel server = new ServerBootstrap().group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 16384) // 10,000 connections opened at once (capped by somaxconn)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), new Handler());
                    }
                })
                .bind("127.0.0.1", port).sync().channel();
        int bound = ((java.net.InetSocketAddress) server.localAddress()).getPort();
        System.out.println("PORT " + bound);
        System.out.flush();
        server.closeFuture().sync();
    }

    private static final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            CONNECTIONS.incrementAndGet();
            super.channelActive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            String uri = request.uri();
            if (uri.startsWith("/config")) {
                Map<String, java.util.List<String>> q = new QueryStringDecoder(uri).parameters();
                if (q.containsKey("latencyMs")) {
                    latencyMs = Integer.parseInt(q.get("latencyMs").get(0));
                }
                if (q.containsKey("chunks")) {
                    chunks = Integer.parseInt(q.get("chunks").get(0));
                }
                if (q.containsKey("flush")) {
                    flushPerEvent = "event".equals(q.get("flush").get(0));
                }
                REQUESTS.set(0);
                CONNECTIONS.set(0);
                text(ctx, "latencyMs=" + latencyMs + " chunks=" + chunks + " flush=" + (flushPerEvent ? "event" : "slice"),
                        keepAlive);
                return;
            }
            if (uri.startsWith("/stats")) {
                text(ctx, "requests=" + REQUESTS.get() + " connections=" + CONNECTIONS.get(), keepAlive);
                return;
            }
            REQUESTS.incrementAndGet();
            boolean stream = wantsStream(request.content());
            byte[] completion = ByteBufUtil.indexOf(Unpooled.wrappedBuffer(SCHEMA_MARK), request.content()) >= 0
                    ? STRUCTURED_COMPLETION : COMPLETION;
            Runnable answer = stream ? () -> stream(ctx, keepAlive, chunks) : () -> complete(ctx, keepAlive, completion);
            int latency = latencyMs;
            if (latency > 0) {
                ctx.executor().schedule(answer, latency, TimeUnit.MILLISECONDS);
            } else {
                answer.run();
            }
        }

        /** {@code "stream" : true} in any spacing (LangChain4j pretty-prints its requests). */
        private static boolean wantsStream(ByteBuf body) {
            int at = ByteBufUtil.indexOf(Unpooled.wrappedBuffer(STREAM_MARK), body);
            if (at < 0) {
                return false;
            }
            int i = at + STREAM_MARK.length;
            int end = body.writerIndex();
            while (i < end && (body.getByte(i) == ' ' || body.getByte(i) == ':' || body.getByte(i) == '\n'
                    || body.getByte(i) == '\r' || body.getByte(i) == '\t')) {
                i++;
            }
            return i < end && body.getByte(i) == 't';
        }

        private static void complete(ChannelHandlerContext ctx, boolean keepAlive, byte[] completion) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                    Unpooled.wrappedBuffer(completion));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, completion.length);
            finish(ctx.writeAndFlush(response), keepAlive);
        }

        private static void stream(ChannelHandlerContext ctx, boolean keepAlive, int n) {
            byte[] body = STREAMS.computeIfAbsent(n, Payloads::stream);
            HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
                    .set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
            HttpUtil.setTransferEncodingChunked(head, true);
            ctx.write(head);
            if (flushPerEvent) {
                // like a real server: every event its own HTTP chunk, written and flushed as it is produced
                int start = 0;
                for (int i = 0; i + 1 < body.length; i++) {
                    if (body[i] == '\n' && body[i + 1] == '\n') {
                        ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(body, start, i + 2 - start)));
                        start = i + 2;
                        i++;
                    }
                }
                finish(ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT), keepAlive);
                return;
            }
            for (int off = 0; off < body.length; off += SLICE) {
                ByteBuf slice = Unpooled.wrappedBuffer(body, off, Math.min(SLICE, body.length - off));
                ctx.write(new DefaultHttpContent(slice));
            }
            finish(ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT), keepAlive);
        }

        private static void text(ChannelHandlerContext ctx, String text, boolean keepAlive) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                    Unpooled.wrappedBuffer(bytes));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.TEXT_PLAIN)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
            finish(ctx.writeAndFlush(response), keepAlive);
        }

        private static void finish(io.netty.channel.ChannelFuture written, boolean keepAlive) {
            if (!keepAlive) {
                written.addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
