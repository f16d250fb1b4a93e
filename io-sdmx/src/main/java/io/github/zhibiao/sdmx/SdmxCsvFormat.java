package io.github.zhibiao.sdmx;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.TextCharsets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SDMX-CSV data messages: 1.0 (SDMX 2.1, {@code DATAFLOW} first) and 2.0/2.1 (SDMX 3.0/3.1,
 * {@code STRUCTURE,STRUCTURE_ID,ACTION} first) read, 2.0 written. Id {@code sdmx-csv}, media type
 * {@code application/vnd.sdmx.data+csv}, extension {@code sdmx.csv}, rank 20; found by sniffing
 * the header, so that {@code DatasetFormats.open} picks it for a {@code .csv} file too.
 *
 * <p><b>Reading.</b> One row is one observation: the dataflow is the indicator, {@code REF_AREA}
 * the region, {@code TIME_PERIOD} the period in any SDMX form, every other dimension a breakdown,
 * {@code UNIT_MEASURE} and {@code UNIT_MULT} the unit (applied exactly: 8 is 亿), {@code
 * OBS_STATUS} the status; the class description of the binding rules is in the README. The
 * separator is the character after {@code DATAFLOW} or {@code STRUCTURE} (comma or semicolon),
 * the charset UTF-8 unless the options say otherwise. An empty value, {@code NaN} or {@code #N/A}
 * is a missing value and makes no observation. Bad rows end a fail-fast read with a {@link
 * io.github.zhibiao.spi.DatasetReadException} naming the source, line, column, text and
 * expectation; a lenient read skips and counts them. Refused as unsupported variants, with what
 * is supported: {@code labels=name}, several measures without {@code OBS_VALUE}, and Delete rows.
 *
 * <p><b>Writing.</b> SDMX-CSV 2.0 with {@code labels=both}, so that names travel with the codes:
 * {@code STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reference area,<breakdowns>,TIME_PERIOD: Time
 * period,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_COM}; the indicator is the dataflow
 * {@code ZHIBIAO:<code>(1.0): <name>}, a magnitude goes into {@code UNIT_MULT} (亿元 is {@code
 * 元} with 8), the note into {@code OBS_COM}. What the format has no column for is refused, with
 * the observation named: a change, ranking, share, plan completion or qualifier, an indicator's
 * kind, sector, English name or description, and a value in another unit than its indicator's.
 */
public final class SdmxCsvFormat implements DatasetFormat {
  private static final DatasetReader READER = new SdmxCsvReader();
  private static final DatasetWriter WRITER = new SdmxCsvWriter();

  /** The format; ServiceLoader needs this public constructor. */
  public SdmxCsvFormat() {}

  @Override
  public String id() {
    return "sdmx-csv";
  }

  @Override
  public String name() {
    return "SDMX-CSV 1.0 and 2.0 data message";
  }

  @Override
  public String mediaType() {
    return "application/vnd.sdmx.data+csv";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("sdmx.csv");
  }

  @Override
  public int rank() {
    return 20;
  }

  /** Whether the first line starts with DATAFLOW or STRUCTURE followed by a separator. */
  @Override
  public boolean canRead(byte[] head) {
    int from = TextCharsets.bomLength(head) == 3 ? 3 : 0; // a UTF-8 mark; SDMX-CSV is UTF-8
    String text = new String(head, from, Math.min(head.length - from, 64), StandardCharsets.UTF_8);
    return delimiter(text) != 0;
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.of(WRITER);
  }

  /**
   * The column separator of an SDMX-CSV header: the character after {@code DATAFLOW} (1.0) or
   * after {@code STRUCTURE} with its optional multi-value marker ({@code STRUCTURE[;]}, 2.0), if it
   * is a comma, semicolon or tab; 0 when the text does not start so.
   */
  static char delimiter(String text) {
    String t = TextCharsets.withoutBom(text);
    String upper = t.length() > 16 ? t.substring(0, 16).toUpperCase(Locale.ROOT) : t.toUpperCase(Locale.ROOT);
    int at;
    if (upper.startsWith("DATAFLOW")) {
      at = 8;
    } else if (upper.startsWith("STRUCTURE")) {
      at = 9;
      if (upper.length() > 11 && upper.charAt(9) == '[' && upper.charAt(11) == ']') {
        at = 12;
      }
    } else {
      return 0;
    }
    if (t.length() <= at) {
      return 0;
    }
    char c = t.charAt(at);
    return c == ',' || c == ';' || c == '\t' ? c : 0;
  }

  /** What a header that is not SDMX-CSV gets told, with the variants that are supported. */
  static String notSdmxCsv(String head) {
    String t = head.stripLeading();
    if (t.startsWith("<")) {
      return "this is XML (SDMX-ML?), not SDMX-CSV; supported are SDMX-CSV 1.0 (DATAFLOW,…) and 2.0 "
          + "(STRUCTURE,STRUCTURE_ID,…); SDMX-ML is not read (request format=csvfile or SDMX-CSV)";
    }
    if (t.startsWith("{")) {
      return "this is JSON, not SDMX-CSV; read SDMX-JSON 2.0 data messages with the sdmx-json format";
    }
    return "expected an SDMX-CSV header starting with DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (2.0) and a comma "
        + "or semicolon";
  }

  /** The id of a structure reference AGENCY:ID(VERSION) (the version optional), or null. */
  static String structureId(String ref) {
    int colon = ref.indexOf(':');
    if (colon <= 0 || colon == ref.length() - 1) {
      return null;
    }
    String rest = ref.substring(colon + 1);
    int paren = rest.indexOf('(');
    String id = paren < 0 ? rest : rest.substring(0, paren);
    if (paren >= 0 && !rest.endsWith(")")) {
      return null;
    }
    return id.isEmpty() ? null : id;
  }

  /**
   * An indicator code from an SDMX id: SDMX ids allow {@code @} (OECD's {@code
   * DSD_G20_PRICES@DF_G20_PRICES}), which indicator codes do not; it becomes {@code .}.
   */
  static String indicatorCode(String id) {
    return id.replace('@', '.');
  }
}
