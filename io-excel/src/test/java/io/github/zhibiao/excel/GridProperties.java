package io.github.zhibiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The fast path for plain number cells gives what the general rule gives, scale included. */
class GridProperties {

  @Test
  void plainDecimalsAreWhatExcelNumberGives() {
    qt().forAll(longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(0, 17))
        .checkAssert((unscaled, scale) -> {
          String text = BigDecimal.valueOf(unscaled, scale).toPlainString();
          BigDecimal general = Grid.excelNumber(new BigDecimal(text));
          BigDecimal fast = Grid.plainExcelDecimal(text);
          if (fast != null) {
            assertEquals(general, fast, text); // equals: value and scale
          } else {
            // refused only for what the fast path leaves to the general rule
            boolean trailingZero = text.contains(".") && text.endsWith("0");
            boolean long_ = text.replace("-", "").replace(".", "").length() > 15;
            assertEquals(true, trailingZero || long_, text);
          }
        });
  }

  @Test
  void otherTextsAreLeftToTheGeneralRule() {
    for (String s : new String[] {"", "-", ".5", "5.", "1E3", "1.5e-3", "+3", " 3", "3 ", "1.2.3", "1234567890123456",
        "0.10", "--1", "１２"}) {
      assertNull(Grid.plainExcelDecimal(s), s);
    }
    assertEquals(new BigDecimal("-3"), Grid.plainExcelDecimal("-3"));
    assertEquals(new BigDecimal("2210.6"), Grid.plainExcelDecimal("2210.6"));
    assertEquals(new BigDecimal("100"), Grid.plainExcelDecimal("100"));
  }
}
