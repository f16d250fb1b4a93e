package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.zhibiao.unit.Units;
import org.junit.jupiter.api.Test;

/** {@link Indicator#derivedCode}: stable, valid, blind to white space and fullwidth forms. */
class DerivedCodeProperties {

  @Test
  void theDocumentedCodesNeverChange() {
    assertEquals("GDP", Indicator.derivedCode(" GDP "));
    assertEquals("GDP", Indicator.derivedCode("ＧＤＰ"));
    assertEquals(Indicator.derivedCode("地区生产总值"), Indicator.derivedCode(" 地区生产总值\u3000"));
    assertEquals(16, Indicator.derivedCode("粮食总产量").length());
    assertNotEquals(Indicator.derivedCode("粮食总产量"), Indicator.derivedCode("粮食产量"));
    assertEquals("IND_5d0ca287a462", Indicator.derivedCode("粮食总产量"));
    assertThrows(IllegalArgumentException.class, () -> Indicator.derivedCode(" \u3000"));
  }

  @Test
  void everyNonBlankNameGivesAValidCodeWhateverItsSpacing() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x9FFF).ofLengthBetween(1, 20)).assuming(s -> !s.isBlank())
        .checkAssert(s -> {
          String code = Indicator.derivedCode(s);
          Indicator.builder().code(code).name(s.strip().isEmpty() ? "x" : s).unit(Units.ONE).build();
          assertEquals(code, Indicator.derivedCode("  " + s.replace(" ", "   ") + " "));
        });
  }
}
