package org.ipnetwork.directory.backend.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;

/**
 * What one HTTP connection must get right before a request reaches Spring, answered as problem+json
 * with the security headers like every other error (Reactor Netty's own answers to these are
 * empty):
 *
 * <ul>
 *   <li>a request line over {@code server.netty.max-initial-line-length} (414) or header fields
 *       over {@code server.max-http-request-header-size} (431), or a request Netty cannot decode
 *       (400);
 *   <li>a request target that is no URI, with bad percent-encoding or percent-encoded bytes that
 *       are not UTF-8 (400): Spring would refuse the first silently and read the last as U+FFFD;
 *   <li>a request head (request line and header fields) that takes longer than {@code
 *       directory.http.request-header-timeout} from its first byte (408, then the connection is
 *       closed): a client sending its head a byte at a time (slowloris) would otherwise hold the
 *       connection as long as it likes, since each byte resets the idle timeout.
 * </ul>
 *
 * Two handlers share one guard per connection: {@link #bytes()} before Netty's HTTP codec sees the
 * first byte of a head, {@link #heads()} after it sees the decoded head and the end of each answer.
 */
final class ConnectionGuard {

  private final long timeoutMillis;
  private ChannelHandlerContext heads;
  private ScheduledFuture<?> deadline;
  private boolean waitingForHead = true;
  private boolean closing;

  ConnectionGuard(Duration requestHeaderTimeout) {
    this.timeoutMillis = requestHeaderTimeout.toMillis();
  }

  /** Before the codec: the first bytes of a head start its clock. */
  ChannelInboundHandlerAdapter bytes() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
          ReferenceCountUtil.release(msg);
          return;
        }
        if (waitingForHead && deadline == null && msg instanceof ByteBuf b && b.isReadable()) {
          deadline =
              ctx.executor()
                  .schedule(ConnectionGuard.this::tooSlow, timeoutMillis, TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelRead(msg);
      }

      @Override
      public void channelInactive(ChannelHandlerContext ctx) {
        stopClock();
        ctx.fireChannelInactive();
      }
    };
  }

  /** After the codec: a whole head stops the clock; the end of an answer waits for the next. */
  ChannelDuplexHandler heads() {
    return new ChannelDuplexHandler() {
      @Override
      public void handlerAdded(ChannelHandlerContext ctx) {
        // Answers are written from here, so that they pass the codec's encoder.
        heads = ctx;
      }

      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
          ReferenceCountUtil.release(msg);
          return;
        }
        if (msg instanceof HttpRequest request) {
          waitingForHead = false;
          stopClock();
          HttpStatus refused = refusal(request);
          if (refused != null) {
            ReferenceCountUtil.release(msg);
            refuse(ctx, refused);
            return;
          }
        }
        ctx.fireChannelRead(msg);
      }

      @Override
      public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
          waitingForHead = true;
        }
        ctx.write(msg, promise);
      }
    };
  }

  /** Why a decoded head cannot be served, or {@code null}. */
  static HttpStatus refusal(HttpRequest request) {
    if (request.decoderResult().isFailure()) {
      Throwable cause = request.decoderResult().cause();
      if (cause instanceof TooLongHttpLineException) {
        return HttpStatus.URI_TOO_LONG;
      }
      if (cause instanceof TooLongHttpHeaderException) {
        return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
      }
      return HttpStatus.BAD_REQUEST;
    }
    return RequestTargets.wellFormed(request.uri()) ? null : HttpStatus.BAD_REQUEST;
  }

  private void tooSlow() {
    deadline = null;
    if (waitingForHead && heads != null && heads.channel().isActive()) {
      refuse(heads, HttpStatus.REQUEST_TIMEOUT);
    }
  }

  private void stopClock() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }

  /** Answers {@code status} as problem+json and closes: what follows on the wire is unreadable. */
  private void refuse(ChannelHandlerContext ctx, HttpStatus status) {
    closing = true;
    stopClock();
    byte[] body = problem(status);
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(status.value()),
            Unpooled.wrappedBuffer(body));
    response
        .headers()
        .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json;charset=UTF-8")
        .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
        .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
    SecurityHeaders.NOT_FRAMED.forEach(response.headers()::set);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }

  /** The problem of a status, from constants only: nothing of the request is echoed. */
  static byte[] problem(HttpStatus status) {
    return ("{\"type\":\""
            + ProblemTypes.forStatus(status.value())
            + "\",\"title\":\""
            + status.getReasonPhrase()
            + "\",\"status\":"
            + status.value()
            + ",\"detail\":\""
            + ProblemDetails.detail(status)
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
