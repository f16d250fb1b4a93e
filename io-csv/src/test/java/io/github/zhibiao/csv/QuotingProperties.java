package io.github.zhibiao.csv;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any text survives a write and a read in a note and a name, whatever its quotes, delimiters and line breaks. */
class QuotingProperties {

  @Test
  void arbitraryTextRoundTrips() {
    qt().withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(1, 40).map(QuotingProperties::clean),
            strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 20).map(s -> clean(s).strip()).map(s -> s.isEmpty() ? "名" : s))
        .check((note, name) -> {
          Indicator ind = Indicator.of("X", name, Units.PERCENT, IndicatorKind.RATE);
          Observation o = Observation.builder().indicator(ind).region(Region.CHIFENG).period(Period.year(2023))
              .value(Quantity.parse("1.5%")).note(note).build();
          Dataset d = Dataset.of(List.of(o));
          for (char delimiter : new char[] {',', '\t', ';'}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
              new LongCsvFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults().withDelimiter(delimiter));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            Dataset back = new LongCsvFormat().reader().orElseThrow()
                .open(new ByteArrayInputStream(out.toByteArray()), "q.csv", ReadOptions.defaults()).toDataset();
            if (!back.equals(d)) {
              return false;
            }
          }
          return true;
        });
  }

  /** Text as it can exist in a file: no lone surrogates, no byte-order mark, not blank. */
  private static String clean(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (!Character.isSurrogate(c) && c != '\uFEFF') {
        b.append(c);
      }
    }
    return b.toString().isBlank() ? "x" + b : b.toString();
  }
}
