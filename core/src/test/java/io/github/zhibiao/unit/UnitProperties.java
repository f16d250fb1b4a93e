package io.github.zhibiao.unit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of units and quantities, over generated values. */
class UnitProperties {

  /** Catalog units, with and without magnitudes, and a few quotients. */
  static List<Unit> units() {
    List<Unit> all = new ArrayList<>(Units.catalog());
    for (Unit u : Units.catalog()) {
      all.add(u.withMagnitude(Magnitude.TEN_THOUSAND));
      all.add(u.withMagnitude(Magnitude.HUNDRED_MILLION));
      all.add(u.withMagnitude(Magnitude.THOUSAND));
    }
    all.add(Units.of("公斤/亩"));
    all.add(Units.of("斤/亩"));
    all.add(Units.of("万元/人"));
    all.add(Units.of("元/人"));
    all.add(Units.of("吨/公顷"));
    return all;
  }

  /** Decimals of up to 15 significant digits and up to 6 decimals, either sign. */
  static Gen<BigDecimal> decimals() {
    return longs().between(-999_999_999_999_999L, 999_999_999_999_999L)
        .zip(integers().between(0, 6), (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  static Gen<Unit> anyUnit() {
    return Generate.pick(units());
  }

  @Test
  void convertingThereAndBackGivesTheOriginalValueAtItsScale() {
    List<Unit[]> pairs = new ArrayList<>();
    List<Unit> units = units();
    for (Unit a : units) {
      for (Unit b : units) {
        if (a.isConvertibleTo(b)) {
          pairs.add(new Unit[] {a, b});
        }
      }
    }
    qt().withExamples(20_000).forAll(decimals(), Generate.pick(pairs)).check((v, pair) -> {
      Quantity q = Quantity.of(v, pair[0]);
      Quantity back = q.to(pair[1]).to(pair[0]);
      return back.equals(q) && back.value().setScale(v.scale(), RoundingMode.UNNECESSARY).equals(v);
    });
  }

  @Test
  void toStringParsesBackToAnEqualQuantity() {
    qt().withExamples(5_000).forAll(decimals(), anyUnit(), Generate.enumValues(Qualifier.class))
        .check((v, u, ql) -> {
          Quantity q = Quantity.of(v, u, ql);
          return Quantity.parse(q.toString()).equals(q);
        });
  }

  @Test
  void autoMagnitudeFormatParsesBackToAnEquivalentQuantity() {
    QuantityFormat f = QuantityFormat.chinese().withAutoMagnitude();
    qt().withExamples(5_000).forAll(decimals(), anyUnit()).check((v, u) -> {
      Quantity q = Quantity.of(v, u);
      return Quantity.parse(f.format(q)).isEquivalentTo(q);
    });
  }

  /** Units built from the catalog: magnitudes, products, quotients, reciprocals, currencies, indices. */
  static Gen<Unit> builtUnits() {
    List<Unit> parts = new ArrayList<>(units());
    parts.add(Units.currency("NOK"));
    parts.add(Units.of("上年=100"));
    parts.add(Units.of("2015=100"));
    Gen<Unit> part = Generate.pick(parts);
    return integers().between(1, 4).zip(part, part, part, (n, a, b, c) -> {
      Unit u = a;
      if (n >= 2) {
        u = u.magnitude().isPresent() || u.symbol().isEmpty() ? u : u.per(b);
      }
      if (n >= 3) {
        u = Unit.quotient(u, c);
      }
      if (n == 4) {
        u = Units.ONE.per(Unit.product(b, c));
      }
      return u;
    });
  }

  @Test
  void everyUnitsSymbolReadsBackToIt() {
    qt().withExamples(20_000).forAll(builtUnits()).check(u -> Units.of(u.symbol()).equals(u));
    for (java.util.Map.Entry<String, Unit> e : UnitCatalog.builtIn().names().entrySet()) {
      Unit u = e.getValue();
      if (!Units.of(u.symbol()).equals(u) || !Units.of(e.getKey()).equals(u)) {
        throw new AssertionError("name " + e.getKey() + " of " + u + " does not read back");
      }
      for (Magnitude m : Magnitude.values()) {
        Unit scaled = u.withMagnitude(m);
        if (!Units.of(scaled.symbol()).equals(scaled)) {
          throw new AssertionError(scaled + " does not read back");
        }
      }
    }
  }

  @Test
  void convertingAtAnExchangeRateAndBackGivesTheOriginalValue() {
    List<Unit[]> pairs = List.of(
        new Unit[] {Units.US_DOLLAR, Units.YUAN}, new Unit[] {Units.of("亿美元"), Units.of("万元")},
        new Unit[] {Units.of("万港元"), Units.of("亿元")}, new Unit[] {Units.of("美元/人"), Units.of("元/人")},
        new Unit[] {Units.of("百日元"), Units.YUAN});
    Gen<BigDecimal> rates = longs().between(1, 99_999_999L)
        .zip(integers().between(0, 6), (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    java.time.LocalDate day = java.time.LocalDate.of(2023, 12, 29);
    qt().withExamples(10_000).forAll(decimals(), rates, Generate.pick(pairs)).check((v, r, p) -> {
      Unit base = p[0].symbol().contains("/") ? Units.US_DOLLAR : p[0].withoutMagnitude();
      ExchangeRate rate = ExchangeRate.of(base, Units.YUAN, r, day);
      Quantity q = Quantity.of(v, p[0]);
      Quantity back = q.to(p[1], rate).to(p[0], rate);
      return back.value().compareTo(v) == 0;
    });
  }

  @Test
  void aRegisteredUnitReadsBackWithEveryMagnitude() {
    String letters = "阿巴卡达嘎哈";
    Gen<String> names = integers().between(1, 3).zip(integers().between(0, 215),
        (n, k) -> {
          StringBuilder sb = new StringBuilder();
          int x = k;
          for (int i = 0; i < n; i++) {
            sb.append(letters.charAt(x % letters.length()));
            x /= letters.length();
          }
          return sb.toString();
        });
    qt().withExamples(500).forAll(names, longs().between(1, 1_000_000L)).check((name, factor) -> {
      Unit mine = Unit.of(name, name, Dimension.base("MINE"), Rational.of(factor));
      UnitCatalog catalog = UnitCatalog.builtIn().with(mine);
      if (!catalog.parse(name).equals(mine)) {
        return false;
      }
      for (Magnitude m : Magnitude.values()) {
        Unit scaled = catalog.parse(m.word() + name);
        if (!scaled.factor().equals(Rational.of(factor).multiply(m.factor())) || !catalog.parse(scaled.symbol()).equals(scaled)) {
          return false;
        }
      }
      return Quantity.parse("3.5万" + name, catalog).to(mine).value().compareTo(new BigDecimal("35000")) == 0;
    });
  }

  @Test
  void quotientTimesDenominatorIsTheNumerator() {
    List<Unit[]> pairs = List.of(
        new Unit[] {Units.KILOGRAM, Units.MU}, new Unit[] {Units.JIN, Units.MU},
        new Unit[] {Units.YUAN, Units.PERSON}, new Unit[] {Units.of("万元"), Units.PERSON},
        new Unit[] {Units.TONNE, Units.HECTARE});
    qt().forAll(decimals(), decimals(), Generate.pick(pairs)).check((x, y, p) -> {
      Quantity perArea = Quantity.of(x, p[0].per(p[1]));
      Quantity product = perArea.times(Quantity.of(y, p[1]));
      return product.unit().equals(p[0]) && product.isEquivalentTo(Quantity.of(x.multiply(y), p[0]));
    });
  }

  @Test
  void conversionFactorsCompose() {
    List<Unit> area = List.of(Units.MU, Units.HECTARE, Units.SQUARE_METRE, Units.SQUARE_KILOMETRE,
        Units.of("万亩"), Units.of("千公顷"));
    qt().forAll(Generate.pick(area), Generate.pick(area), Generate.pick(area)).check((a, b, c) ->
        a.converterTo(b).andThen(b.converterTo(c)).equals(a.converterTo(c))
            && a.converterTo(b).inverse().equals(b.converterTo(a)));
  }

  @Test
  void additionIsExactAcrossUnits() {
    qt().forAll(decimals(), decimals()).check((x, y) -> {
      Quantity sum = Quantity.of(x, Units.of("万亩")).plus(Quantity.of(y, Units.of("万亩")));
      return sum.value().compareTo(x.add(y)) == 0
          && sum.minus(Quantity.of(y, Units.of("万亩"))).value().compareTo(x) == 0;
    });
  }
}
