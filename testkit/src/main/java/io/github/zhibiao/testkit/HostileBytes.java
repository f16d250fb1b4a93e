package io.github.zhibiao.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile inputs for reader fuzzing, drawn from a seeded random source: random bytes, truncations
 * and byte-level mutations of real files, real files with hostile snippets spliced in (huge
 * exponents, NUL, unpaired surrogates, right-to-left marks, byte-order marks, long unit chains),
 * two files spliced together, deep nesting, and real files re-encoded as GB18030 or UTF-16 without
 * a byte-order mark, so that they are read as UTF-8.
 *
 * <p>With {@link #checkReader} a format's fuzz test reads each input fail-fast and leniently and
 * checks the reader's contract: only {@code DatasetReadException} and {@code UncheckedIOException}
 * escape, and a lenient read accounts for every record (read = accepted + rejected, each rejected
 * record with a problem that names its line or JSON path). The tests of io-csv, io-json and io-text
 * use it.
 */
public final class HostileBytes {
  private static final Charset GB18030 = Charset.forName("GB18030");
  /** The bytes that give text formats their structure. */
  private static final String STRUCTURE = "{}[]\":,0123456789.-eE \\\n\r\t;'";

  /** Snippets worth splicing into any text format. */
  public static final List<String> COMMON = List.of("1e999999", "1e2147483648", "-1e-2147483648", "1E+2147483647",
      "\u0000", "\u200F", "\u202E", "\uFEFF", "\uFFFD", "9".repeat(500), "元" + "/元".repeat(5000), "每".repeat(3000) + "人",
      "万".repeat(3000) + "亩", "垃圾首位", "3/99999999999", "\"", ",", "\n", "\r\n", "\t", "\\", "'");

  private final SplittableRandom random;
  private final List<byte[]> samples;
  private final List<String> snippets;

  /**
   * A source of hostile inputs.
   *
   * @param random the seeded source; the same seed gives the same inputs
   * @param samples real inputs of the format to mutate; at least one
   * @param snippets hostile texts to splice in, besides {@link #COMMON}
   */
  public HostileBytes(SplittableRandom random, List<byte[]> samples, List<String> snippets) {
    this.random = random;
    this.samples = samples;
    this.snippets = snippets;
  }

  /**
   * The next hostile input.
   *
   * @return the bytes of one input
   */
  public byte[] next() {
    byte[] s = samples.get(random.nextInt(samples.size()));
    switch (random.nextInt(9)) {
      case 0: {
        byte[] b = new byte[random.nextInt(300)];
        random.nextBytes(b);
        return b;
      }
      case 1:
        return java.util.Arrays.copyOf(s, random.nextInt(s.length + 1));
      case 2:
        return reencoded(s);
      case 3:
        return splice(s, samples.get(random.nextInt(samples.size())));
      case 4:
        return nested();
      case 5:
      case 6:
        return insert(s, snippet().getBytes(StandardCharsets.UTF_8));
      case 7:
        return insert(s, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate in CESU-8, not UTF-8
      default:
        return mutate(s, 1 + random.nextInt(6));
    }
  }

  private String snippet() {
    int n = COMMON.size() + snippets.size();
    int i = random.nextInt(n);
    return i < COMMON.size() ? COMMON.get(i) : snippets.get(i - COMMON.size());
  }

  private byte[] reencoded(byte[] s) {
    Charset wrong = random.nextBoolean() ? GB18030 : random.nextBoolean() ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE;
    return new String(s, StandardCharsets.UTF_8).getBytes(wrong);
  }

  private byte[] splice(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int cut = random.nextInt(a.length + 1);
    out.write(a, 0, cut);
    int from = random.nextInt(b.length + 1);
    out.write(b, from, b.length - from);
    return out.toByteArray();
  }

  /** Nesting 1 to 200 levels deep, and now and then 100,000 levels. */
  private byte[] nested() {
    boolean deep = random.nextInt(6) == 0;
    int depth = deep ? 100_000 : 1 + random.nextInt(200);
    String open = deep || random.nextBoolean() ? "[" : "{\"a\":";
    return (open.repeat(depth) + "1").getBytes(StandardCharsets.UTF_8);
  }

  private byte[] insert(byte[] s, byte[] what) {
    int at = random.nextInt(s.length + 1);
    byte[] out = new byte[s.length + what.length];
    System.arraycopy(s, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(s, at, out, at + what.length, s.length - at);
    return out;
  }

  private byte[] mutate(byte[] s, int edits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(s);
    byte[] b = out.toByteArray();
    for (int i = 0; i < edits && b.length > 0; i++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(4)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b[at] = (byte) STRUCTURE.charAt(random.nextInt(STRUCTURE.length()));
        case 2 -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(40));
          b = insert(b, java.util.Arrays.copyOfRange(b, at, at + len));
        }
        default -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(40));
          byte[] c = new byte[b.length - len];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + len, c, at, b.length - at - len);
          b = c;
        }
      }
    }
    return b;
  }

  /**
   * An input as a failure message shows it: its length and its start, escaped.
   *
   * @param b the input
   * @return a short printable description
   */
  public static String shown(byte[] b) {
    String s = new String(b, 0, Math.min(b.length, 400), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').append(b.length > 400 ? " … (" + b.length + " bytes)" : "").toString();
  }

  /**
   * Reads one input fail-fast and leniently with {@code format} and checks the reader's contract on
   * both: sniffing throws nothing; only {@code DatasetReadException} and {@code UncheckedIOException}
   * escape a read; read = accepted + rejected, every accepted observation is handed out, and in
   * lenient mode every rejected record has a problem that names its place (a line, or a JSON path).
   *
   * @param format the format whose reader is checked
   * @param bytes the input
   * @param where how a failure names the input (format, seed, run, {@link #shown})
   * @throws AssertionError if the reader breaks its contract
   */
  public static void checkReader(DatasetFormat format, byte[] bytes, String where) {
    try {
      format.canRead(bytes);
    } catch (Throwable t) {
      throw new AssertionError("canRead of " + where + " threw " + t, t);
    }
    for (ReadOptions options : List.of(ReadOptions.defaults(), ReadOptions.defaults().lenient().withMaxProblems(100_000))) {
      ObservationCursor c = null;
      long handedOut = 0;
      try {
        c = format.reader().orElseThrow().open(new ByteArrayInputStream(bytes), "fuzz", options);
        while (c.hasNext()) {
          c.next();
          handedOut++;
        }
      } catch (DatasetReadException | UncheckedIOException e) {
        // documented
      } catch (Throwable t) {
        throw new AssertionError("the " + (options.isLenient() ? "lenient" : "fail-fast") + " read of " + where
            + " let " + t.getClass().getName() + " escape: " + t.getMessage(), t);
      }
      if (c != null) {
        ReadReport r = c.report();
        c.close();
        assertEquals(r.read(), r.accepted() + r.rejected(), where);
        assertEquals(handedOut, r.accepted(), "every accepted observation is handed out: " + where);
        if (options.isLenient()) {
          assertEquals(r.rejected(), r.problems().size(), "every rejected record has its problem: " + where);
          for (Problem p : r.problems()) {
            assertTrue(p.line().isPresent() || p.path().isPresent(), "the problem " + p + " names its place: " + where);
          }
        }
      }
    }
  }}
