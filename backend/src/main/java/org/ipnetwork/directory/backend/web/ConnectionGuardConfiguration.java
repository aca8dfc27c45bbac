package org.ipnetwork.directory.backend.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/** Puts a {@link ConnectionGuard} around the HTTP codec of every connection. */
@Configuration(proxyBeanMethods = false)
class ConnectionGuardConfiguration {

  private static final String BYTES = "directory.guard.bytes";
  private static final String HEADS = "directory.guard.heads";

  @Bean
  NettyServerCustomizer connectionGuard(HttpServerProperties properties) {
    return server ->
        server.doOnChannelInit(
            (observer, channel, remote) -> channel.pipeline().addFirst(new Installer(properties)));
  }

  /**
   * Waits for the connection to be active, when Reactor Netty has put its HTTP codec in place
   * whatever the order of initialisers, then installs the guard on both sides of it.
   */
  private static final class Installer extends ChannelInboundHandlerAdapter {

    private final HttpServerProperties properties;

    Installer(HttpServerProperties properties) {
      this.properties = properties;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      ChannelPipeline pipeline = ctx.pipeline();
      ChannelHandler codec = pipeline.get(NettyPipeline.HttpCodec);
      if (codec != null && pipeline.get(HEADS) == null) {
        ConnectionGuard guard = new ConnectionGuard(properties.requestHeaderTimeout());
        pipeline.addBefore(NettyPipeline.HttpCodec, BYTES, guard.bytes());
        pipeline.addAfter(NettyPipeline.HttpCodec, HEADS, guard.heads());
      }
      pipeline.remove(this);
      ctx.fireChannelActive();
    }
  }
}
