package io.brisk.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A socket that writes exactly the bytes it is given and reads HTTP/1.1 responses one at a time:
 * for tests where the protocol itself matters (pipelining, limits, malformed input, connection
 * handling). Shared with the hostile-input suite (src/reliability) through this module's test jar.
 */
public final class RawHttp implements AutoCloseable {
  /** How long a read may wait: a safety net against a server that hangs, never a timing assertion. */
  public static final int READ_TIMEOUT_MILLIS = 10_000;

  /**
   * One response; header names lower-cased; {@code status} -1 when the connection ended before a
   * status line.
   */
  public record Reply(int status, Map<String, String> headers, String body) {
    /** A header's value (repeated fields joined by ", "), or {@code null}. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  /** Connects to a server on this machine. */
  public RawHttp(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    socket.setTcpNoDelay(true);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** Writes the text (ISO-8859-1, one byte per char) in one write call. */
  public RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Writes the bytes in one write call. */
  public RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** Reads the next response; status -1 when the connection ends (or is reset) first. */
  public Reply read() throws IOException {
    String statusLine;
    try {
      statusLine = line();
    } catch (EndOfStream | SocketException e) {
      return new Reply(-1, Map.of(), "");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      headers.merge(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim(),
          (a, b) -> a + ", " + b);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String length = headers.get("content-length");
    if (length != null) {
      body.write(in.readNBytes(Integer.parseInt(length)));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
        body.write(in.readNBytes(size));
        line();
      }
      line();
    }
    return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
  }

  /**
   * Whether the server closed the connection: end of stream or a reset. A read that times out
   * means the server neither answered nor closed, which fails the test.
   */
  public boolean closedByServer() throws IOException {
    try {
      return in.read() == -1;
    } catch (SocketTimeoutException hung) {
      throw new AssertionError("The server neither answered nor closed the connection", hung);
    } catch (SocketException reset) {
      return true;
    }
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        throw new EndOfStream(sb.toString());
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** The connection ended in the middle of a line (or before one). */
  private static final class EndOfStream extends IOException {
    private static final long serialVersionUID = 1L;

    EndOfStream(String partial) {
      super("connection closed after: " + partial);
    }
  }
}
