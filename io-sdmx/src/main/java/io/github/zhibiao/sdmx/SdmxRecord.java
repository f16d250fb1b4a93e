package io.github.zhibiao.sdmx;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Magnitude;
import io.github.zhibiao.unit.Numbers;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What SDMX-CSV and SDMX-JSON share: the meaning of the SDMX concepts of one observation, bound
 * through core's {@link ObservationBinder}. A reader {@link #begin begins} a record, hands over the
 * texts of its components ({@link #dimension}, {@link #attribute}, {@link #value}) with their
 * places, and {@link #bind binds} it.
 *
 * <ul>
 *   <li>The indicator is the dataflow (or data structure): its id as code, its name (or the whole
 *       reference) as name. An indicator has one unit dimension, and a dataflow may hold series in
 *       units of different dimensions (a currency and a percentage). So where {@code UNIT_MEASURE}
 *       is a dimension (a key of the series), the indicator is the dataflow and the unit code:
 *       {@code EXR.PC}, named {@code <dataflow name> (<unit name or code>)}; where it is an
 *       attribute, the indicator is the dataflow for the first unit dimension met in the dataflow,
 *       and the dataflow and the unit code for a record whose unit has another dimension (so that
 *       the first series keeps the plain code, and no record is refused for its unit).
 *   <li>{@code REF_AREA} (also {@code GEO}, Eurostat's, and {@code COUNTRY}, the IMF's) is the
 *       region, by {@link io.github.zhibiao.spi.RegionResolver} under the options' region policy;
 *       the code's name from the message is passed only for a code the registry does not know, so
 *       that a body's own spelling of a country does not clash with the registry's. Without the
 *       dimension the region is {@link Region#NOT_STATED}, or the options' default region.
 *   <li>{@code TIME_PERIOD} is the period, by {@link Period#parse} (every SDMX form: 2023,
 *       2023-Q1, 2023-M06, 2023-S1, 2023-W05, 2023-01-01/P11M …); without it, {@link
 *       Period#NOT_STATED}.
 *   <li>Every other dimension is a breakdown, its categories the codes (and names).
 *   <li>{@code OBS_VALUE} by {@link Numbers#parse}; empty, {@code NaN} or {@code #N/A} is an
 *       intentionally missing value: no observation.
 *   <li>{@code UNIT_MEASURE} through the options' catalog under the open unit policy (ISO 4217
 *       codes are currencies; other codes, such as OECD's {@code PA}, are kept as opaque units and
 *       counted in the read report), {@link Units#NOT_STATED} when absent. {@code UNIT_MULT} is a
 *       power of ten applied exactly: 4 makes 万, 8 makes 亿 (130 {@code CNY} with 8 is 130亿元);
 *       where no magnitude word exists (1, −2, 15) or the unit cannot carry one (an opaque or
 *       unstated unit), the value itself is scaled by the power of ten, exactly.
 *   <li>{@code OBS_STATUS}: {@code A} normal, {@code E} estimated, {@code P} provisional,
 *       {@code F} forecast, and zhibiao's {@code T} target (as {@link io.github.zhibiao.model.Status} reads them); the codes of a
 *       missing value ({@code M}, {@code L}, {@code O}, {@code Q}, {@code H}) without a value
 *       make no observation; every other code ({@code B} break, {@code U} low reliability …)
 *       keeps the value and goes into the note as {@code OBS_STATUS=B}, never dropped.
 *   <li>{@code DECIMALS} and {@code TIME_FORMAT} only say how to show the value and the period,
 *       which the value and the period already hold; {@code OBS_COM} is the note; every other
 *       attribute with a value goes into the note as {@code ID=value}, in the order met.
 * </ul>
 */
final class SdmxRecord {
  /** How a component is used. */
  enum Role { REGION, PERIOD, UNIT, UNIT_KEY, UNIT_MULT, STATUS, COMMENT, DISPLAY, VALUE, BREAKDOWN, ATTRIBUTE }

  private final ReadOptions options;
  private final ObservationBinder binder;
  /** The unit dimension each dataflow (indicator code) met first, for a unit that is an attribute. */
  private final Map<String, Dimension> firstDimensions = new HashMap<>();
  /** Per dataflow and unit code, the indicator's code and name (bounded: 256 × 256). */
  private final Map<String, Map<String, String[]>> splits = new HashMap<>();
  /** Per unit code, the unit and its scaled forms by UNIT_MULT (bounded: 4096 codes). */
  private final Map<String, Unit[]> units = new HashMap<>();
  private final Unit[] notStated = new Unit[33];
  private String flowCode;
  private String flowName;
  private String flowPlace;
  private boolean unitKeyed;
  private String unitLabel = "";
  private final StringBuilder note = new StringBuilder();
  private String valueText;
  private String valuePlace;
  private BigDecimal number;
  private String unitText = "";
  private String unitPlace;
  private String multText = "";
  private String multPlace;
  private String statusText = "";
  private String statusPlace;
  private boolean region;
  private boolean period;
  // The record before's texts and what they gave, reused when this record has the same texts (the same
  // instances: the readers hand out one per repeated text), as the cells of a series have.
  private String lastMultText;
  private int lastMult;
  private String lastUnitText;
  private Unit[] lastUnitEntry;
  private String lastFlowCode;
  private String lastUnitCode;
  private String lastUnitLabel;
  private boolean lastUnitKeyed;
  private String[] lastSplit;
  private String flowNameOfSplit;

  SdmxRecord(String source, ReadOptions options) {
    this.options = options;
    notStated[0] = Units.NOT_STATED;
    this.binder = ObservationBinder.of(source, options, UnitPolicy.OPEN);
  }

  /** The role of a component by its id, whatever its case; {@code dimension} says whether it is one. */
  static Role role(String id, boolean dimension) {
    switch (id.toUpperCase(Locale.ROOT)) {
      case "REF_AREA": case "GEO": case "COUNTRY": return Role.REGION;
      case "TIME_PERIOD": return Role.PERIOD;
      case "UNIT_MEASURE": return dimension ? Role.UNIT_KEY : Role.UNIT;
      case "UNIT_MULT": return Role.UNIT_MULT;
      case "OBS_STATUS": return Role.STATUS;
      case "OBS_COM": case "COMMENT_OBS": return Role.COMMENT;
      case "DECIMALS": case "TIME_FORMAT": return Role.DISPLAY;
      case "OBS_VALUE": return Role.VALUE;
      default: return dimension ? Role.BREAKDOWN : Role.ATTRIBUTE;
    }
  }

  /** The binder, for problems a reader finds itself. */
  ObservationBinder binder() {
    return binder;
  }

  /** Starts a record at a CSV line. */
  SdmxRecord begin(long line) {
    binder.begin(line);
    return reset();
  }

  /** Starts a record at a JSON path. */
  SdmxRecord begin(java.util.function.LongSupplier line, java.util.function.Supplier<String> path) {
    binder.begin(line, path);
    return reset();
  }

  private SdmxRecord reset() {
    note.setLength(0);
    valueText = null;
    number = null;
    unitText = "";
    unitLabel = "";
    unitKeyed = false;
    flowCode = null;
    multText = "";
    statusText = "";
    region = false;
    period = false;
    return this;
  }

  /**
   * The record's dataflow: its id as code and its name; the indicator is bound from it and the
   * unit (see the class description).
   */
  SdmxRecord indicator(String code, String name, String place) {
    flowCode = code;
    flowName = name;
    flowPlace = place;
    return this;
  }

  /**
   * A component's code (and name, empty when none) with its role.
   *
   * @throws DatasetReadException naming the place for a bad breakdown code
   */
  SdmxRecord component(Role role, String id, String label, String code, String codeLabel, String place) {
    switch (role) {
      case REGION:
        region = true;
        binder.set(Field.REGION, code, place);
        if (!codeLabel.isEmpty() && !code.isEmpty() && options.regions().byCode(code).isEmpty()) {
          binder.set(Field.REGION_NAME, codeLabel, place);
        } else {
          binder.set(Field.REGION_NAME, "", place);
        }
        break;
      case PERIOD:
        period = true;
        binder.set(Field.PERIOD, code, place);
        break;
      case UNIT:
      case UNIT_KEY:
        unitText = code;
        unitLabel = codeLabel;
        unitPlace = place;
        unitKeyed = role == Role.UNIT_KEY;
        break;
      case UNIT_MULT:
        multText = code;
        multPlace = place;
        break;
      case STATUS:
        statusText = code;
        statusPlace = place;
        break;
      case COMMENT:
        if (!code.isEmpty()) {
          separate().append(code);
        }
        break;
      case DISPLAY:
        break;
      case VALUE:
        valueText = code;
        valuePlace = place;
        break;
      case BREAKDOWN:
        binder.breakdown(id, label, "", code, codeLabel, place);
        break;
      default:
        if (!code.isEmpty()) {
          separate().append(id).append('=').append(code);
        }
        break;
    }
    return this;
  }

  /** The value as a number the input already parsed (a JSON number). */
  SdmxRecord value(BigDecimal value, String place) {
    number = value;
    valuePlace = place;
    return this;
  }

  private StringBuilder separate() {
    return note.length() == 0 ? note : note.append("; ");
  }

  /**
   * Binds the record.
   *
   * @return the observation, or null for an intentionally missing value
   * @throws DatasetReadException naming the field at fault
   */
  Observation bind() {
    String status = trim(statusText);
    if (status.length() != 1 || status.charAt(0) < 'A' || status.charAt(0) > 'Z') {
      status = status.toUpperCase(Locale.ROOT);
    }
    if (number == null && isMissing(valueText)) {
      return null;
    }
    BigDecimal v = number;
    if (v == null) {
      try {
        v = Numbers.parse(trim(valueText));
      } catch (IllegalArgumentException e) {
        throw binder.problemAt(valuePlace, valueText, e.getMessage()
            + "; an intentionally missing value is empty, NaN or #N/A");
      }
    } else {
      try {
        v = Numbers.check(v);
      } catch (IllegalArgumentException e) {
        throw binder.problemAt(valuePlace, v.toPlainString(), e.getMessage());
      }
    }
    switch (status) {
      case "": case "A": case "E": case "P": case "F": case "T":
        if (!status.isEmpty()) {
          binder.set(Field.STATUS, status, statusPlace);
        }
        break;
      default:
        separate().append("OBS_STATUS=").append(statusText.strip());
        break;
    }
    Quantity q = quantity(v);
    bindIndicator(q.unit());
    binder.set(q, valuePlace == null ? "OBS_VALUE" : valuePlace);
    if (!region && options.defaultRegion().isEmpty()) {
      binder.set(Region.NOT_STATED);
    }
    if (!period) {
      binder.set(Period.NOT_STATED);
    }
    if (note.length() > 0) {
      binder.set(Field.NOTE, note.toString(), "note");
    }
    return binder.bind();
  }

  /**
   * Sets the indicator: the dataflow, or the dataflow and the unit code where the unit is a
   * dimension or has another dimension than the dataflow's first unit.
   */
  private void bindIndicator(Unit unit) {
    String code = flowCode;
    String name = flowName;
    String unitCode = trim(unitText);
    if (code != null && !unitCode.isEmpty()) {
      // the decision and the texts are the same for every record of a dataflow and unit: kept
      if (code == lastFlowCode && unitCode == lastUnitCode && unitLabel == lastUnitLabel && unitKeyed == lastUnitKeyed
          && name == flowNameOfSplit) {
        binder.set(Field.INDICATOR, lastSplit[0], flowPlace).set(Field.INDICATOR_NAME, lastSplit[1], flowPlace);
        return;
      }
      Map<String, String[]> byUnit = splits.get(code);
      String[] split = byUnit == null ? null : byUnit.get(unitCode);
      if (split == null) {
        boolean apart = unitKeyed;
        if (!apart) {
          Dimension first = firstDimensions.get(code);
          if (first == null && firstDimensions.size() < 4096) {
            firstDimensions.put(code, unit.dimension());
          }
          apart = first != null && !first.equals(unit.dimension());
        }
        split = apart ? new String[] {code + '.' + unitCode(unitCode),
            name + " (" + (unitLabel.isEmpty() ? unitCode : unitLabel) + ")"} : new String[] {code, name};
        if (byUnit == null && splits.size() < 256) {
          byUnit = new HashMap<>();
          splits.put(code, byUnit);
        }
        if (byUnit != null && byUnit.size() < 256 && (apart || firstDimensions.containsKey(code))) {
          byUnit.put(unitCode, split);
        }
      }
      if (byUnit != null && byUnit.get(unitCode) == split) {
        // kept in the map, so the same for every later record of this dataflow and unit: reused from here
        lastFlowCode = code;
        lastUnitCode = unitCode;
        lastUnitLabel = unitLabel;
        lastUnitKeyed = unitKeyed;
        flowNameOfSplit = name;
        lastSplit = split;
      }
      code = split[0];
      name = split[1];
    }
    if (code != null) {
      binder.set(Field.INDICATOR, code, flowPlace).set(Field.INDICATOR_NAME, name, flowPlace);
    }
  }

  /** The text without surrounding white space; the text itself, not a copy, when it has none. */
  static String trim(String text) {
    int n = text.length();
    if (n == 0 || (!space(text.charAt(0)) && !space(text.charAt(n - 1)))) {
      return text;
    }
    return text.strip();
  }

  /** {@link Character#isWhitespace}, without its table lookup for the characters that never are. */
  private static boolean space(char c) {
    if (c < 0x80) {
      return c <= ' ' && Character.isWhitespace(c);
    }
    return (c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x205F) || c == 0x3000) && Character.isWhitespace(c);
  }

  /**
   * A unit code as part of an indicator code, which allows ASCII letters, digits, {@code _},
   * {@code .} and {@code -}: every other character ({@code @}, {@code $}, {@code %}, a unit in
   * Chinese) becomes {@code _} and its code point in hexadecimal, so that distinct codes stay
   * distinct: {@code XDC@USD} is {@code XDC_40USD}, {@code %} is {@code _25}, 斤 is {@code _65A4}.
   */
  static String unitCode(String code) {
    StringBuilder b = new StringBuilder(code.length());
    code.codePoints().forEach(c -> {
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
          || c == '.';
      if (ok) {
        b.append((char) c);
      } else {
        b.append('_').append(Integer.toHexString(c).toUpperCase(Locale.ROOT));
      }
    });
    return b.toString();
  }

  /** Empty, NaN, #N/A: SDMX's intentionally missing value. */
  static boolean isMissing(String text) {
    if (text == null) {
      return true;
    }
    String t = trim(text);
    return t.isEmpty() || t.equals("NaN") || t.equals("#N/A");
  }

  private Quantity quantity(BigDecimal v) {
    int mult = multiplier();
    Unit[] entry = unitEntry();
    Unit base = entry[0];
    if (mult == 0) {
      return Quantity.of(v, base);
    }
    Unit scaled = mult > 0 && mult < entry.length ? entry[mult] : null;
    if (scaled == null) {
      scaled = scaled(base, mult);
      if (mult > 0 && mult < entry.length) {
        entry[mult] = scaled;
      }
    }
    // the base itself: no magnitude word for the power, or a unit that cannot carry one: scale the value
    return scaled == base ? Quantity.of(v.scaleByPowerOfTen(mult), base) : Quantity.of(v, scaled);
  }

  /** The unit with the magnitude of 10^mult (万, 亿 …), or the unit itself where there is none or it cannot carry one. */
  private static Unit scaled(Unit base, int mult) {
    Optional<Magnitude> m = Magnitude.ofExponent(mult);
    if (m.isPresent() && !base.isOpaque() && !base.equals(Units.NOT_STATED) && base.magnitude().isEmpty()) {
      try {
        return base.withMagnitude(m.get());
      } catch (IllegalArgumentException e) {
        return base; // a product or quotient unit: scale the value instead
      }
    }
    return base;
  }

  private int multiplier() {
    if (multText == lastMultText) {
      return lastMult;
    }
    String t = trim(multText);
    if (t.isEmpty()) {
      return 0;
    }
    int n = t.length();
    boolean ok = n <= 4;
    for (int i = 0; i < n && ok; i++) {
      char c = t.charAt(i);
      ok = (c >= '0' && c <= '9') || (i == 0 && c == '-' && n > 1);
    }
    int m = ok ? Integer.parseInt(t) : Integer.MAX_VALUE;
    if (Math.abs(m) > Numbers.MAX_EXPONENT) {
      throw binder.problemAt(multPlace, multText, "expected a power of ten between -" + Numbers.MAX_EXPONENT
          + " and " + Numbers.MAX_EXPONENT + " (SDMX CL_UNIT_MULT: 0 units, 4 for 万, 6 millions, 8 for 亿)");
    }
    lastMultText = multText;
    lastMult = m;
    return m;
  }

  /** The record's unit and its scaled forms (index: UNIT_MULT, 1 to 32), cached by code. */
  private Unit[] unitEntry() {
    if (unitText == lastUnitText) {
      return lastUnitEntry;
    }
    String t = trim(unitText);
    if (t.isEmpty()) {
      return notStated;
    }
    Unit[] e = units.get(t);
    if (e == null) {
      Unit u;
      try {
        u = options.unit(t, UnitPolicy.OPEN);
      } catch (IllegalArgumentException ex) {
        throw binder.problemAt(unitPlace, unitText, ex.getMessage());
      }
      e = new Unit[33];
      e[0] = u;
      if (units.size() < 4096) {
        units.put(t, e);
      }
    }
    if (units.get(t) == e) {
      lastUnitText = unitText;
      lastUnitEntry = e;
    }
    return e;
  }
}
