package io.github.zhibiao.csv;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.RegionResolver;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import io.github.zhibiao.model.PeriodFormatException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the text of CSV fields into model values, with caches for what repeats (indicators,
 * regions, periods) and problems that name the source, line, column and text. One instance per
 * read; not thread-safe.
 */
final class Fields {
  private static final int CACHE_LIMIT = 4096;
  private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("[-+]?[0-9.]+[eE][-+]?[0-9]+");

  private final String source;
  private final ReadOptions options;
  private final RegionResolver resolver;
  private final Map<String, Period> periods = new HashMap<>();
  private final Map<String, Region> regions = new HashMap<>();
  private final Map<String, Known> indicators = new HashMap<>();
  long line;

  /** An indicator as first defined, with the texts that defined it and the line. */
  private record Known(Indicator indicator, String name, String kind, String sector, long line) {}

  Fields(String source, ReadOptions options) {
    this.source = source;
    this.options = options;
    this.resolver = RegionResolver.of(options);
  }

  DatasetReadException problem(String header, String text, String message) {
    Problem p = Problem.of(source, message).atLine(Math.max(line, 1));
    if (header != null) {
      p = p.inField(header);
    }
    if (text != null && !text.isEmpty()) {
      p = p.withText(text);
    }
    return new DatasetReadException(p);
  }

  /** A quantity from a value field and a unit field (the unit may be blank when the value carries it). */
  Quantity quantity(String valueHeader, String value, String unitHeader, String unitText, Unit columnUnit) {
    if (value.isEmpty()) {
      throw problem(valueHeader, null, "the value is empty; expected a number such as 2210.6");
    }
    Unit unit = columnUnit;
    if (unit == null && !unitText.isEmpty()) {
      unit = unit(unitHeader, unitText);
    }
    if (unit == null && isPlainDecimal(value)) {
      throw problem(unitHeader, null, "the unit is empty and the value '" + value + "' carries none; expected a unit"
          + " such as 万吨 in the " + unitHeader + " column or in the value, or " + Units.NOT_STATED.symbol()
          + " where the source states none");
    }
    if (isPlainDecimal(value)) {
      try {
        return Quantity.of(new BigDecimal(value), unit);
      } catch (NumberFormatException e) {
        throw problem(valueHeader, value, "not a number; expected digits with at most one decimal point");
      }
    }
    if (EXPONENT.matcher(value).matches()) {
      throw problem(valueHeader, value, "exponent notation is not accepted; write the digits in full (and a magnitude such as 万 or 亿 in the unit)");
    }
    Quantity parsed;
    try {
      parsed = Quantity.parse(value, options.units());
    } catch (IllegalArgumentException e) {
      throw problem(valueHeader, value, e.getMessage());
    }
    if (unit == null) {
      if (parsed.unit().equals(Units.ONE)) {
        throw problem(unitHeader, null, "the unit is empty and the value '" + value + "' carries none; expected a"
            + " unit such as 万吨 in the " + unitHeader + " column or in the value, or " + Units.NOT_STATED.symbol()
            + " where the source states none");
      }
      return parsed;
    }
    if (parsed.unit().equals(Units.ONE)) {
      return Quantity.of(parsed.value(), unit, parsed.qualifier());
    }
    if (!parsed.unit().equals(unit)) {
      throw problem(valueHeader, value, "the value carries the unit " + parsed.unit() + " but the unit column says "
          + unit + "; leave one of them out or make them agree");
    }
    return parsed;
  }

  private static boolean isPlainDecimal(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || (c == '-' && i == 0))) {
        return false;
      }
    }
    return n > 0 && !(n == 1 && (s.charAt(0) == '-' || s.charAt(0) == '.'));
  }

  /** A unit label, read with the options' catalog; CSV's default unit policy is strict. */
  Unit unit(String header, String text) {
    try {
      return options.unit(text, UnitPolicy.STRICT);
    } catch (IllegalArgumentException e) {
      throw problem(header, text, e.getMessage());
    }
  }

  Quantity parseQuantity(String header, String text) {
    try {
      return Quantity.parse(text, options.units());
    } catch (IllegalArgumentException e) {
      throw problem(header, text, e.getMessage());
    }
  }

  Qualifier qualifier(String header, String text, Qualifier fromValue) {
    if (text.isEmpty()) {
      return fromValue;
    }
    Qualifier q;
    try {
      q = Qualifier.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw problem(header, text, "unknown qualifier; expected EXACT, APPROXIMATE, MORE_THAN, AT_LEAST, AT_MOST or LESS_THAN");
    }
    if (fromValue != Qualifier.EXACT && q != fromValue) {
      throw problem(header, text, "the value's own words say " + fromValue + "; the qualifier column must agree or be blank");
    }
    return q;
  }

  Period period(String header, String text) {
    Period p = periods.get(text);
    if (p != null) {
      return p;
    }
    if (text.isEmpty()) {
      throw problem(header, null, "the period is empty; expected 2023, 2023-Q2, 2023-01/2023-11, 2023-06-30 or 2023年1—11月");
    }
    try {
      p = Period.parse(text);
    } catch (PeriodFormatException e) {
      throw problem(header, text, e.getMessage());
    }
    if (periods.size() < CACHE_LIMIT) {
      periods.put(text, p);
    }
    return p;
  }

  Region region(String codeHeader, String code, String nameHeader, String name) {
    String key = code + '\u0000' + name;
    Region r = regions.get(key);
    if (r != null) {
      return r;
    }
    try {
      r = resolver.resolve(code, name);
    } catch (IllegalArgumentException e) {
      // the name is at fault when it stands alone or disagrees with a known code
      boolean aboutName = code.isEmpty() ? !name.isEmpty() : options.regions().byCode(code).isPresent();
      throw aboutName ? problem(nameHeader, name, e.getMessage()) : problem(codeHeader, code, e.getMessage());
    }
    if (regions.size() < CACHE_LIMIT) {
      regions.put(key, r);
    }
    return r;
  }

  Region regionByCode(String header, String code) {
    return options.regions().byCode(code).orElseThrow(() -> problem(header, code,
        "unknown region code; expected a GB/T 2260 code in the registry such as 150000"));
  }

  /** The indicator of a row: defined by its first row, checked against it afterwards. */
  Indicator indicator(String code, String name, String kind, String sector, Unit unit, String kindHeader,
      String sectorHeader, String nameHeader) {
    Known k = indicators.get(code);
    if (k != null) {
      if (!k.name.equals(name)) {
        throw problem(nameHeader, name, "indicator " + code + " is named '" + k.name + "' on line " + k.line
            + "; one code must keep one name");
      }
      if (!k.kind.equals(kind)) {
        throw problem(kindHeader, kind, "indicator " + code + " is of kind '" + k.kind + "' on line " + k.line
            + "; one code must keep one kind");
      }
      if (!k.sector.equals(sector)) {
        throw problem(sectorHeader, sector, "indicator " + code + " is in sector '" + k.sector + "' on line " + k.line
            + "; one code must keep one sector");
      }
      return k.indicator;
    }
    Indicator.Builder b = Indicator.builder().code(code).name(name.isEmpty() ? code : name).unit(unit);
    if (!kind.isEmpty()) {
      try {
        b.kind(IndicatorKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw problem(kindHeader, kind, "unknown indicator kind; expected STOCK, FLOW, RATE or INDEX");
      }
    }
    if (!sector.isEmpty()) {
      try {
        b.sector(Sector.parse(sector));
      } catch (IllegalArgumentException e) {
        throw problem(sectorHeader, sector, e.getMessage());
      }
    }
    Indicator indicator;
    try {
      indicator = b.build();
    } catch (IllegalArgumentException e) {
      throw problem(CsvColumn.INDICATOR.header(), code, e.getMessage());
    }
    indicators.put(code, new Known(indicator, name, kind, sector, line));
    return indicator;
  }

  Status status(String header, String text) {
    if (text.isEmpty()) {
      return Status.NORMAL;
    }
    try {
      return Status.parse(text);
    } catch (IllegalArgumentException e) {
      throw problem(header, text, e.getMessage());
    }
  }

  Change change(String header, String amount, String basisHeader, String basis) {
    Quantity q = parseQuantity(header, amount);
    try {
      return Change.of(q, basis.isEmpty() ? "YEAR_ON_YEAR" : basis);
    } catch (IllegalArgumentException e) {
      throw problem(basisHeader, basis, e.getMessage());
    }
  }

  Ranking ranking(String header, String text, String scopeHeader, String scope) {
    Ranking r;
    try {
      r = Ranking.parse(text);
    } catch (IllegalArgumentException e) {
      throw problem(header, text, e.getMessage());
    }
    return scope.isEmpty() ? r : r.within(regionByCode(scopeHeader, scope));
  }

  Share share(String header, String rate, String wholeHeader, String whole) {
    Quantity q = parseQuantity(header, rate);
    if (whole.isEmpty()) {
      throw problem(wholeHeader, null, "a share needs the name of its whole in " + wholeHeader);
    }
    try {
      return Share.of(q, whole);
    } catch (IllegalArgumentException e) {
      throw problem(header, rate, e.getMessage());
    }
  }

  static String orEmpty(String s) {
    return Objects.requireNonNullElse(s, "");
  }
}
