package io.github.zhibiao.text;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.TextCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain-text prose as a read-only {@link DatasetFormat}: id {@code text}, extension {@code txt},
 * media type {@code text/plain}, rank -10 (any other format claiming {@code .txt} wins). It runs
 * {@link TextExtractor} over the whole input.
 *
 * <p><b>Context.</b> The SPI gives no place for a region and year, so the reader takes them from
 * the text: the region is the first region of {@link ReadOptions#regions()} named by its full
 * name (赤峰市, 内蒙古自治区, 敖汉旗), the year the first 19xx年 or 20xx年. A text without either is
 * refused with a {@link DatasetReadException}. Callers who know better use {@link TextExtractor}
 * directly with their own {@link ExtractionContext}.
 *
 * <p><b>Memory.</b> Prose is not streamed record by record: the reader decodes the whole input
 * (UTF-8 unless {@link ReadOptions#charset()} says otherwise; a BOM is skipped) and holds it and
 * its facts in memory, proportional to the text.
 *
 * <p><b>Unread sentences.</b> In lenient mode each sentence with a number that gave no fact is
 * reported as a {@link Problem} (field {@code sentence}, the sentence as text) and counted as
 * rejected. In fail-fast mode they are not errors, since prose holds many sentences that are not
 * figures; use {@link TextExtractor} to list them.
 */
public final class TextFormat implements DatasetFormat {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年");

  /** The format; ServiceLoader calls this constructor. */
  public TextFormat() {}

  @Override
  public String id() {
    return "text";
  }

  @Override
  public String name() {
    return "Chinese statistical prose (plain text)";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("txt");
  }

  @Override
  public int rank() {
    return -10;
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(TextFormat::open);
  }

  /** None: prose is read, not written. */
  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.empty();
  }

  private static ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    String text;
    try (InputStream input = in) {
      text = decode(input.readAllBytes(), options.charset().orElse(StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    ExtractionContext context = contextOf(text, source, options.regions()).withUnits(options.units());
    Extraction extraction = TextExtractor.create().extract(text, context);
    return new Cursor(source, options, text, extraction);
  }

  private static String decode(byte[] bytes, Charset charset, String source) {
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return TextCharsets.withoutBom(text);
    } catch (CharacterCodingException e) {
      throw new DatasetReadException(Problem.of(source, "the text is not valid " + charset.name()
          + "; give the charset with ReadOptions.withCharset (GB18030 for Chinese Windows files)"), e);
    }
  }

  /** The context the text names, or a problem saying what is missing. */
  static ExtractionContext contextOf(String text, String source, Regions regions) {
    return ExtractionContext.fromText(text, regions).orElseThrow(() -> {
      boolean year = YEAR.matcher(text).find();
      return new DatasetReadException(Problem.of(source, year
          ? "the text names no region of the registry by its full name (such as 赤峰市 or 内蒙古自治区);"
              + " call TextExtractor with an ExtractionContext to give the region"
          : "the text names no region or no year (such as 赤峰市 and 2023年); call TextExtractor with an"
              + " ExtractionContext to give them"));
    });
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final Iterator<ExtractedFact> facts;
    private final Iterator<UnreadSentence> unread;
    private final String text;
    private int lineAt; // index up to which lines are counted
    private long line = 1;

    Cursor(String source, ReadOptions options, String text, Extraction extraction) {
      super(source, options);
      this.text = text;
      this.facts = extraction.facts().iterator();
      this.unread = options.isLenient() ? extraction.unread().iterator() : List.<UnreadSentence>of().iterator();
    }

    @Override
    protected Observation readRecord() {
      while (unread.hasNext()) {
        UnreadSentence u = unread.next();
        reject(Problem.of(source(), u.reason())
            .atLine(line(u.start())).inField("sentence").withText(u.text()));
      }
      return facts.hasNext() ? facts.next().observation() : null;
    }

    /** The 1-based line of {@code index}; indexes come in increasing order, so counting goes on from the last. */
    private long line(int index) {
      for (; lineAt < index; lineAt++) {
        if (text.charAt(lineAt) == '\n') {
          line++;
        }
      }
      return line;
    }

    @Override
    public void close() {
      // the input was read and closed when the cursor was opened
    }
  }
}
