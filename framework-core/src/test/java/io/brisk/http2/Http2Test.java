package io.brisk.http2;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamChannelBootstrap;
import io.netty.handler.codec.http2.Http2StreamFrame;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Http2Test {
  record Echo(String text) {}

  public static final class Api {
    @Get("/hello")
    public Map<String, String> hello() {
      return Map.of("message", "hi");
    }

    @Post("/echo")
    public Echo echo(Echo body) {
      return body;
    }
  }

  @TempDir Path dir;
  Brisk app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private int start(boolean tls, char[] password, Path keystore) {
    app = Brisk.create().include(new Api());
    app.options().host("127.0.0.1").shutdownHook(false).banner(false).http2(true);
    if (tls) {
      app.options().tls(keystore, password);
    }
    return app.start(0);
  }

  @Test
  void upgradesACleartextConnectionWithH2c() throws Exception {
    int port = start(false, null, null);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
      HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(first.body()).isEqualTo("{\"message\":\"hi\"}");
      assertThat(first.headers().firstValue("x-request-id")).isPresent();
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/echo"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"h2\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(post.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(post.body()).isEqualTo("{\"text\":\"h2\"}");
      HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nope"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("content-type")).contains("application/problem+json");
    }
  }

  @Test
  void keepsServingHttp11ClientsWithHttp2On() throws Exception {
    int port = start(false, null, null);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      assertThat(r.body()).isEqualTo("{\"message\":\"hi\"}");
    }
  }

  @Test
  void speaksHttp2ByPriorKnowledge() throws Exception {
    int port = start(false, null, null);
    MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try {
      Channel connection = new Bootstrap().group(group).channel(NioSocketChannel.class)
          .handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
              ch.pipeline().addLast(Http2FrameCodecBuilder.forClient().build(),
                  new Http2MultiplexHandler(new SimpleChannelInboundHandler<Object>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, Object msg) { }
                  }));
            }
          })
          .connect("127.0.0.1", port).sync().channel();
      CompletableFuture<String> body = new CompletableFuture<>();
      StringBuilder received = new StringBuilder();
      Http2StreamChannel stream = new Http2StreamChannelBootstrap(connection)
          .handler(new SimpleChannelInboundHandler<Http2StreamFrame>() {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, Http2StreamFrame frame) {
              if (frame instanceof Http2HeadersFrame headers) {
                received.append(headers.headers().status()).append(' ');
                if (headers.isEndStream()) {
                  body.complete(received.toString());
                }
              } else if (frame instanceof Http2DataFrame data) {
                received.append(data.content().toString(StandardCharsets.UTF_8));
                if (data.isEndStream()) {
                  body.complete(received.toString());
                }
              }
            }
          }).open().sync().getNow();
      stream.writeAndFlush(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers()
          .method("GET").path("/hello").scheme("http").authority("127.0.0.1:" + port), true));
      assertThat(body.get(10, TimeUnit.SECONDS)).isEqualTo("200 {\"message\":\"hi\"}");
      connection.close().sync();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  @Test
  void negotiatesHttp2OverTlsWithAlpn() throws Exception {
    char[] password = "changeit".toCharArray();
    Path keystore = dir.resolve("server.p12");
    Path keytool = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
        "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    int port = start(true, password, keystore);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      trust.load(in, password);
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, tmf.getTrustManagers(), null);
    try (HttpClient http = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_2).build()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/hello"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(r.body()).isEqualTo("{\"message\":\"hi\"}");
    }
    try (HttpClient http = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1).build()) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/hello"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      assertThat(r.body()).isEqualTo("{\"message\":\"hi\"}");
    }
  }

}
