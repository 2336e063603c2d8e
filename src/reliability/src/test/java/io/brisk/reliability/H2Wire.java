package io.brisk.reliability;

import io.brisk.server.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** HTTP/2 by prior knowledge over a plain socket, frame by frame, so that frames can be wrong. */
final class H2Wire implements AutoCloseable {
  static final int DATA = 0x0;
  static final int HEADERS = 0x1;
  static final int SETTINGS = 0x4;
  static final int PING = 0x6;
  static final int GOAWAY = 0x7;
  static final int WINDOW_UPDATE = 0x8;
  static final int CONTINUATION = 0x9;
  static final int END_STREAM = 0x1;
  static final int END_HEADERS = 0x4;

  /** A frame read from the server. */
  record Frame(int type, int flags, int stream, byte[] payload) {}

  /** The frames read so far (type/stream), for failure messages. */
  final StringBuilder seen = new StringBuilder();
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  /** Connects and sends the connection preface with empty settings. */
  H2Wire(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(RawHttp.READ_TIMEOUT_MILLIS);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
    out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    frame(SETTINGS, 0, 0, new byte[0]);
  }

  /** A frame header declaring {@code length}, then {@code payload} (which may be shorter or longer). */
  H2Wire frame(int type, int flags, int stream, int length, byte[] payload) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(9);
    header.put((byte) (length >>> 16)).put((byte) (length >>> 8)).put((byte) length);
    header.put((byte) type).put((byte) flags).putInt(stream);
    out.write(header.array());
    out.write(payload);
    out.flush();
    return this;
  }

  H2Wire frame(int type, int flags, int stream, byte[] payload) throws IOException {
    return frame(type, flags, stream, payload.length, payload);
  }

  /** A HEADERS block for {@code GET path}, HPACK-encoded without Huffman or dynamic table. */
  static byte[] get(String path) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.write(0x82); // :method GET
    block.write(0x86); // :scheme http
    block.write(0x04); // :path, literal value
    block.write(path.length());
    block.writeBytes(path.getBytes(StandardCharsets.US_ASCII));
    block.write(0x01); // :authority, literal value
    block.write("localhost".length());
    block.writeBytes("localhost".getBytes(StandardCharsets.US_ASCII));
    return block.toByteArray();
  }

  /** The next frame, or {@code null} when the server closed the connection. */
  Frame read() throws IOException {
    try {
      int length = in.readUnsignedByte() << 16 | in.readUnsignedByte() << 8 | in.readUnsignedByte();
      int type = in.readUnsignedByte();
      int flags = in.readUnsignedByte();
      int stream = in.readInt() & 0x7fffffff;
      byte[] payload = new byte[length];
      in.readFully(payload);
      return new Frame(type, flags, stream, payload);
    } catch (EOFException | SocketException closed) {
      return null;
    }
  }

  /** The error code of the GOAWAY the server sends, skipping other frames; -1 when it closes without one. */
  long goAwayError() throws IOException {
    for (Frame f = read(); f != null; f = read()) {
      seen.append(f.type()).append('/').append(f.stream()).append(' ');
      if (f.type() == GOAWAY) {
        seen.append(new String(f.payload(), 8, f.payload().length - 8, StandardCharsets.UTF_8));
        return ByteBuffer.wrap(f.payload(), 4, 4).getInt() & 0xffffffffL;
      }
    }
    return -1;
  }

  /** Whether the server closed the connection (after its GOAWAY). */
  boolean closedByServer() throws IOException {
    for (Frame f = read(); f != null; f = read()) {
      // frames still in flight before the close
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
