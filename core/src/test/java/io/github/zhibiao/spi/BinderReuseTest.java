package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import org.junit.jupiter.api.Test;

/**
 * The binder reuses what it read for a text instance it saw before (the status and the period of
 * the record before, the periods seen lately, the indicator the record before agreed with): a
 * repeated instance and an equal but distinct text give equal observations, and a changed text
 * after a repeated one is read afresh, including its problems.
 */
class BinderReuseTest {
  private final ObservationBinder binder = ObservationBinder.of("t.csv", ReadOptions.defaults(), UnitPolicy.STRICT);

  private ObservationBinder record(long line, String name, String period, String status) {
    return binder.begin(line).set(Field.INDICATOR, "GRAIN", "indicator").set(Field.INDICATOR_NAME, name, "指标")
        .set(Field.REGION, "150400", "region").set(Field.PERIOD, period, "period").set(Field.VALUE, "130", "value")
        .set(Field.UNIT, "亿斤", "unit").set(Field.STATUS, status, "status");
  }

  /** An equal text in another instance, as a reader that does not share its texts hands it out. */
  private static String copy(String s) {
    String c = new String(s.toCharArray());
    assertNotSame(s, c);
    return c;
  }

  @Test
  void aRepeatedStatusAndAnEqualOneReadTheSame() {
    String e = "E";
    Observation first = record(2, "粮食总产量", "2023", e).bind();
    assertEquals(Status.ESTIMATED, first.status());
    assertEquals(first, record(3, "粮食总产量", "2023", e).bind());
    assertEquals(first, record(4, "粮食总产量", "2023", copy(e)).bind());
    assertEquals(Status.PROVISIONAL, record(5, "粮食总产量", "2023", "P").bind().status(), "a changed text is read");
    DatasetReadException x = assertThrows(DatasetReadException.class, () -> record(6, "粮食总产量", "2023", "Q").bind());
    assertEquals("status", x.problem().field().orElseThrow());
    assertEquals("Q", x.problem().text().orElseThrow());
    assertEquals(Status.ESTIMATED, record(7, "粮食总产量", "2023", e).bind().status(), "after a problem, read again");
    assertEquals(Status.NORMAL, record(8, "粮食总产量", "2023", "").bind().status(), "an empty status is none");
  }

  @Test
  void periodsSeenBeforeAndEqualOnesReadTheSame() {
    String[] texts = {"2021", "2022", "2023", "2023-Q2", "2023-06", "_Z"};
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < texts.length; i++) {
        String text = round == 2 ? copy(texts[i]) : texts[i];
        Period p = record(10L * round + i, "粮食总产量", text, "A").bind().period();
        assertEquals(ObservationBinder.readPeriod(texts[i]), p, "round " + round + ", " + text);
      }
    }
    // two texts in the same slot of the table of recent periods (equal hashes): each keeps its own period
    assertEquals("Aa".hashCode(), "BB".hashCode());
    ObservationBinder labelled = ObservationBinder.of("t.csv", ReadOptions.defaults(), UnitPolicy.STRICT);
    String aa = "label:Aa";
    String bb = "label:BB";
    assertEquals(aa.hashCode(), bb.hashCode());
    for (String text : new String[] {aa, bb, aa, bb, copy(aa)}) {
      Period p = labelled.begin(2).set(Field.INDICATOR, "G", "i").set(Field.REGION, "150400", "r")
          .set(Field.PERIOD, text, "p").set(Field.VALUE, "1亿斤", "v").bind().period();
      assertEquals(ObservationBinder.readPeriod(text), p, text);
    }
    DatasetReadException x = assertThrows(DatasetReadException.class, () -> record(40, "粮食总产量", "2023-13", "A").bind());
    assertEquals("2023-13", x.problem().text().orElseThrow());
    assertEquals(Period.year(2023), record(41, "粮食总产量", texts[2], "A").bind().period());
  }

  @Test
  void theIndicatorOfTheRecordBeforeIsCheckedAgainWhenATextChanges() {
    String name = "粮食总产量";
    Indicator first = record(2, name, "2023", "A").bind().indicator();
    assertEquals(first, record(3, name, "2023", "A").bind().indicator());
    assertEquals(first, record(4, copy(name), "2023", "A").bind().indicator());
    DatasetReadException x = assertThrows(DatasetReadException.class, () -> record(5, "粮食产量", "2023", "A").bind());
    assertEquals("指标", x.problem().field().orElseThrow());
    assertTrue(x.problem().message().contains("at line 2"), x.problem().message());
    // the same name instance as the record that agreed, but a kind now: refused, not reused
    x = assertThrows(DatasetReadException.class,
        () -> record(6, name, "2023", "A").set(Field.INDICATOR_KIND, "STOCK", "kind").bind());
    assertEquals("kind", x.problem().field().orElseThrow());
    x = assertThrows(DatasetReadException.class,
        () -> record(7, name, "2023", "A").set(Field.INDICATOR_UNIT, "万人", "indicator unit").bind());
    assertEquals("indicator unit", x.problem().field().orElseThrow());
    assertEquals(first, record(8, name, "2023", "A").bind().indicator());
  }

  @Test
  void aDefinitionAfterARecordIsNotHiddenByTheRecordBefore() {
    ObservationBinder b = ObservationBinder.of("d.json", ReadOptions.defaults(), UnitPolicy.STRICT);
    String code = "GRAIN";
    Indicator jin = Indicator.builder().code(code).name("粮食总产量").unit(Units.of("亿斤")).build();
    b.define(jin, "$.indicators[0]");
    b.begin(2).set(Field.INDICATOR, code, "i").set(Field.REGION, "150400", "r").set(Field.PERIOD, "2023", "p")
        .set(Field.VALUE, "1", "v");
    assertEquals(jin, b.bind().indicator());
    Indicator ton = Indicator.builder().code("RICE").name("稻谷").unit(Units.of("万吨")).build();
    b.define(ton, "$.indicators[1]");
    b.begin(3).set(Field.INDICATOR, code, "i").set(Field.REGION, "150400", "r").set(Field.PERIOD, "2023", "p")
        .set(Field.VALUE, "1", "v");
    assertEquals(jin, b.bind().indicator());
    b.begin(4).set(Field.INDICATOR, "RICE", "i").set(Field.REGION, "150400", "r").set(Field.PERIOD, "2023", "p")
        .set(Field.VALUE, "1", "v");
    assertEquals(ton, b.bind().indicator());
  }

  @Test
  void aRepeatedUnitTextAndAnEqualOneReadTheSame() {
    String ton = "万吨";
    Observation first = record(2, "粮食总产量", "2023", "A").set(Field.UNIT, ton, "unit").bind();
    assertEquals(Units.of("万吨"), first.value().unit());
    assertEquals(first, record(3, "粮食总产量", "2023", "A").set(Field.UNIT, ton, "unit").bind());
    assertEquals(first, record(4, "粮食总产量", "2023", "A").set(Field.UNIT, copy(ton), "unit").bind());
    assertEquals(Units.of("吨"), record(5, "粮食总产量", "2023", "A").set(Field.UNIT, "吨", "unit").bind().value().unit(),
        "a changed text is read");
    DatasetReadException x = assertThrows(DatasetReadException.class,
        () -> record(6, "粮食总产量", "2023", "A").set(Field.UNIT, "万头只羊", "unit").bind());
    assertEquals("unit", x.problem().field().orElseThrow());
    assertEquals(Units.of("万吨"), record(7, "粮食总产量", "2023", "A").set(Field.UNIT, ton, "unit").bind().value().unit());
    assertEquals(Units.of("亿斤"), record(8, "粮食总产量", "2023", "A").bind().value().unit(), "the indicator's label");
  }

  @Test
  void aRecordWithoutAttachmentsAfterOneWithThemHasNone() {
    Observation with = record(2, "粮食总产量", "2023", "A").set(Field.CHANGE, "5.82%", "change")
        .set(Field.NOTE, "含大豆", "note").bind();
    assertTrue(with.change().isPresent() && with.note().isPresent());
    Observation without = record(3, "粮食总产量", "2023", "A").bind();
    assertTrue(without.change().isEmpty() && without.note().isEmpty(), without::toString);
    DatasetReadException x = assertThrows(DatasetReadException.class,
        () -> record(4, "粮食总产量", "2023", "A").set(Field.CHANGE_BASIS, "同比", "basis").bind());
    assertEquals("basis", x.problem().field().orElseThrow());
  }
}
