package io.github.zhibiao.json;

import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.RegionResolver;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import io.github.zhibiao.model.PeriodFormatException;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns JSON field text into model values, caching what repeats, with problems that name the
 * source, JSON path, line and text. One per read; not thread-safe.
 */
final class Resolver {
  private static final int CACHE_LIMIT = 4096;
  /** Figures beyond 10^±100 are refused: they are typing errors or attacks, not statistics. */
  static final int MAX_EXPONENT = 100;

  final String source;
  /** The options of the read, with the document's own regions once it has defined them ({@link #withRegions}). */
  ReadOptions options;
  long line;
  /** Where the line of a problem comes from when {@link #line} is 0: the parser's position, asked only on a problem. */
  java.util.function.LongSupplier lineSource = () -> 0;
  private final Map<String, Period> periods = new HashMap<>();
  private final Map<String, Region> regions = new HashMap<>();
  RegionResolver regionResolver;
  /** Counts a cell without a figure by its marker (the cursor's missing-value count). */
  java.util.function.Consumer<String> missing = marker -> {};

  Resolver(String source, ReadOptions options) {
    this.source = source;
    this.options = options;
    this.regionResolver = RegionResolver.of(options);
  }

  /**
   * Reads on with {@code registry} (the options' registry and the regions a document defines) in
   * place of the options' registry; cached regions are forgotten.
   */
  void withRegions(io.github.zhibiao.model.Regions registry) {
    if (registry != options.regions()) {
      options = options.withRegions(registry);
      regionResolver = RegionResolver.of(options);
      regions.clear();
    }
  }

  DatasetReadException problem(String path, String text, String message) {
    return problem(path, null, text, message);
  }

  /** A problem at {@code at} (any object whose text is a JSON path), in {@code field} if not null. */
  DatasetReadException problem(Object at, String field, String text, String message) {
    String path = field == null ? at.toString() : at + "." + field;
    Problem p = Problem.of(source, message).atPath(path);
    long lineNr = line > 0 ? line : lineSource.getAsLong();
    if (lineNr > 0) {
      p = p.atLine(lineNr);
    }
    if (text != null && !text.isEmpty()) {
      p = p.withText(text);
    }
    return new DatasetReadException(p);
  }

  Period period(Object at, String field, String text) {
    Period p = periods.get(text);
    if (p != null) {
      return p;
    }
    try {
      p = Period.parse(text);
    } catch (PeriodFormatException e) {
      throw problem(at, field, text, e.getMessage());
    }
    if (periods.size() < CACHE_LIMIT) {
      periods.put(text, p);
    }
    return p;
  }

  Region region(Object at, String field, String code, String name) {
    String key = name == null ? code : code + '\u0000' + name;
    Region r = regions.get(key);
    if (r != null) {
      return r;
    }
    try {
      r = regionResolver.resolve(code, name == null ? "" : name);
    } catch (DatasetReadException e) {
      throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
    } catch (IllegalArgumentException e) {
      // the name is at fault when it stands alone or disagrees with a known code
      boolean aboutName = name != null && (code.isEmpty() || options.regions().byCode(code).isPresent());
      throw aboutName ? problem(at, field + "Name", name, e.getMessage()) : problem(at, field, code, e.getMessage());
    }
    if (regions.size() < CACHE_LIMIT) {
      regions.put(key, r);
    }
    return r;
  }

  /** A unit label, read with the options' catalog under {@code readerDefault} unless the options set a policy. */
  Unit unit(Object at, String field, String text, UnitPolicy readerDefault) {
    try {
      return options.unit(text, readerDefault);
    } catch (DatasetReadException e) {
      throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
    } catch (IllegalArgumentException e) {
      throw problem(at, field, text, e.getMessage());
    }
  }

  Quantity quantity(Object at, String field, String text) {
    try {
      return Quantity.parse(text, options.units());
    } catch (DatasetReadException e) {
      throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
    } catch (IllegalArgumentException e) {
      throw problem(at, field, text, e.getMessage());
    }
  }

  /** An exact decimal from text, or a problem; exponent notation is accepted within ±100. */
  BigDecimal decimal(Object at, String field, String text) {
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw NUMBER.matcher(text).matches() ? outOfRange(at, field, text)
          : problem(at, field, text, "not a decimal number; expected digits such as 2210.6");
    }
    return bounded(at, field, d);
  }

  /**
   * An exact decimal from the characters of a JSON number token, or a problem: an exponent beyond
   * what {@link BigDecimal} holds ({@code 1e2147483648}) is out of range, never a bare
   * {@code NumberFormatException}.
   */
  BigDecimal number(Object at, String field, char[] chars, int offset, int length) {
    BigDecimal d;
    try {
      d = new BigDecimal(chars, offset, length);
    } catch (NumberFormatException e) {
      throw outOfRange(at, field, new String(chars, offset, Math.min(length, 80)));
    }
    return bounded(at, field, d);
  }

  /** A decimal with an exponent, the form whose only way to fail {@link BigDecimal}'s parser is its size. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)[eE][-+]?[0-9]+");

  private DatasetReadException outOfRange(Object at, String field, String text) {
    return problem(at, field, text, "the number is out of range; figures must lie within 10^±" + MAX_EXPONENT);
  }

  BigDecimal bounded(Object at, String field, BigDecimal d) {
    long exponent = (long) d.precision() - d.scale() - 1;
    if (d.signum() != 0 && (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT)) {
      throw outOfRange(at, field, d.toString());
    }
    return d;
  }
}
