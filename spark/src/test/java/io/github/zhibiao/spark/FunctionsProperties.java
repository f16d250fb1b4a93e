package io.github.zhibiao.spark;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibiao.testkit.Generators;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitConverter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The functions' arithmetic (the methods the SQL functions call) against core's converters. */
class FunctionsProperties {
  static final List<Unit[]> PAIRS = pairs();

  static List<Unit[]> pairs() {
    List<Unit[]> pairs = new ArrayList<>();
    for (Unit a : Generators.units()) {
      for (Unit b : Generators.units()) {
        if (!a.isOpaque() && a.isConvertibleTo(b)) {
          pairs.add(new Unit[] {a, b});
        }
      }
    }
    return pairs;
  }

  @Test
  void convertValueIsTheExactConversionRoundedHalfEvenAt8OrAnErrorWhere38DigitsDoNotHoldIt() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(0, 8),
        integers().between(0, PAIRS.size() - 1)).check((unscaled, scale, pick) -> {
          Unit[] pair = PAIRS.get(pick);
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          BigDecimal expected = UnitConverter.of(pair[0].converterTo(pair[1]).factor())
              .convert(value, new MathContext(80)).setScale(8, RoundingMode.HALF_EVEN);
          if (expected.precision() - expected.scale() > 30) {
            // decimal(38, 8) has 30 digits before the point: such a result is an error, never a wrong value
            try {
              ZhibiaoFunctions.convertValue(value, pair[0].label(), pair[1].label());
              return false;
            } catch (io.github.zhibiao.ZhibiaoException e) {
              return e.getMessage().contains("more than 30 digits before the point");
            }
          }
          return expected.equals(ZhibiaoFunctions.convertValue(value, pair[0].label(), pair[1].label()));
        });
  }

  @Test
  void convertingToTheSameUnitIsTheIdentity() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(0, 8),
        integers().between(0, PAIRS.size() - 1)).check((unscaled, scale, pick) -> {
          Unit u = PAIRS.get(pick)[0];
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          return value.compareTo(ZhibiaoFunctions.convertValue(value, u.label(), u.label())) == 0;
        });
  }

  @Test
  void quantityValueReadsBackWhatToStringWrote() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(0, 8),
        integers().between(0, PAIRS.size() - 1)).check((unscaled, scale, pick) -> {
          Unit u = PAIRS.get(pick)[0];
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          String text = io.github.zhibiao.unit.Quantity.of(value, u).toString();
          return value.compareTo(ZhibiaoFunctions.quantityValue(text)) == 0
              && u.label().equals(ZhibiaoFunctions.quantityUnit(text));
        });
  }
}
