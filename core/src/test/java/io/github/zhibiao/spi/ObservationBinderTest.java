package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one binder: field texts and places to an observation or a problem naming the place. */
class ObservationBinderTest {
  private final ObservationBinder binder = ObservationBinder.of("t.csv", ReadOptions.defaults(), UnitPolicy.STRICT);

  private ObservationBinder grain(long line, String value, String unit) {
    return binder.begin(line).set(Field.INDICATOR, "GRAIN", "indicator").set(Field.INDICATOR_NAME, "粮食总产量", "指标")
        .set(Field.REGION, "150400", "region").set(Field.PERIOD, "2023", "period").set(Field.VALUE, value, "value")
        .set(Field.UNIT, unit, "unit");
  }

  @Test
  void bindsTextsToAnObservation() {
    Observation o = grain(2, "130", "亿斤").set(Field.CHANGE, "5.82%", "change").set(Field.CHANGE_BASIS, "去年同期", "basis")
        .set(Field.RANKING, "首位", "rank").set(Field.RANKING_SCOPE, "150000", "scope").set(Field.NOTE, "", "note").bind();
    assertEquals(Quantity.parse("130亿斤"), o.value());
    assertEquals(Region.CHIFENG, o.region());
    assertEquals(Change.yearOnYear(Quantity.parse("5.82%")), o.change().orElseThrow());
    assertEquals(Region.INNER_MONGOLIA, o.ranking().orElseThrow().scope().orElseThrow());
    assertTrue(o.note().isEmpty(), "an empty text is an absent field");
    assertEquals("粮食总产量", o.indicator().name());
  }

  @Test
  void oneNumberRuleForEveryValue() {
    assertEquals(0, new BigDecimal("1000").compareTo(grain(2, "1E3", "亿斤").bind().value().value()));
    assertEquals(0, new BigDecimal("1532.4").compareTo(grain(3, "1,532.4", "亿斤").bind().value().value()));
    assertEquals(0, new BigDecimal("130").compareTo(grain(4, "１３０", "亿斤").bind().value().value()));
    assertEquals(Quantity.parse("130亿斤"), grain(5, "130亿斤", "").bind().value());
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> grain(6, "1e2147483648", "亿斤").bind());
    assertEquals("value", e.problem().field().orElseThrow());
    assertEquals(6L, e.problem().line().orElseThrow());
    assertTrue(e.problem().message().contains("out of range"), e.problem().message());
  }

  @Test
  void qualifierWordsAreKept() {
    Observation o = grain(2, "800", "座").set(Field.INDICATOR, "BASE", "indicator").set(Field.QUALIFIER, "余", "q").bind();
    assertEquals(Qualifier.MORE_THAN, o.qualifier());
    assertEquals("800余座", o.value().toString());
    assertEquals("800余座", grain(3, "800余", "座").set(Field.INDICATOR, "BASE", "indicator").bind().value().toString());
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> grain(4, "800余", "座").set(Field.INDICATOR, "BASE", "indicator").set(Field.QUALIFIER, "以下", "q").bind());
    assertEquals("q", e.problem().field().orElseThrow());
  }

  @Test
  void aMisspeltBasisIsAProblemInItsField() {
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> grain(2, "130", "亿斤").set(Field.CHANGE, "5%", "change").set(Field.CHANGE_BASIS, "YEAR_ON_YAER", "basis")
            .bind());
    assertEquals("basis", e.problem().field().orElseThrow());
    assertEquals("YEAR_ON_YAER", e.problem().text().orElseThrow());
    assertTrue(e.problem().message().contains("did you mean YEAR_ON_YEAR"), e.problem().message());
    ObservationBinder allowing = ObservationBinder.of("t.csv", ReadOptions.defaults().withChangeReferences("考核基数"),
        UnitPolicy.STRICT);
    Observation o = allowing.begin(2).set(Field.INDICATOR, "G", "i").set(Field.REGION, "150400", "r")
        .set(Field.PERIOD, "2023", "p").set(Field.VALUE, "1亿斤", "v").set(Field.CHANGE, "5%", "c")
        .set(Field.CHANGE_BASIS, "考核基数", "b").bind();
    assertEquals("考核基数", o.change().orElseThrow().reference().orElseThrow());
  }

  @Test
  void theFirstRecordDefinesTheIndicatorAndLaterOnesMustAgree() {
    Indicator first = grain(2, "130", "亿斤").bind().indicator();
    assertSame(first, grain(3, "131", "亿斤").bind().indicator());
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> grain(4, "1", "亿斤").set(Field.INDICATOR_NAME, "粮食产量", "指标").bind());
    assertEquals("指标", e.problem().field().orElseThrow());
    assertTrue(e.problem().message().contains("at line 2"), e.problem().message());
  }

  @Test
  void aRecordAtAJsonPathNamesThePathAndTheLineLazily() {
    long[] asked = {0};
    ObservationBinder b = ObservationBinder.of("d.json", ReadOptions.defaults(), UnitPolicy.STRICT)
        .onlyDefinedIndicators("define it in $.indicators");
    b.begin(() -> ++asked[0] + 6, () -> "$.observations[3]").set(Field.INDICATOR, "GRAIN", "indicator")
        .set(Field.REGION, "150400", "region").set(Field.PERIOD, "2023", "period").set(new BigDecimal("130"), "value");
    DatasetReadException e = assertThrows(DatasetReadException.class, b::bind);
    assertEquals("$.observations[3].indicator", e.problem().path().orElseThrow());
    assertEquals(7L, e.problem().line().orElseThrow());
    assertTrue(e.problem().message().endsWith("define it in $.indicators"), e.problem().message());
    Indicator grain = Indicator.builder().code("GRAIN").name("粮食总产量").unit(Units.of("亿斤")).build();
    b.define(grain, "$.indicators[0]");
    b.begin(() -> 9, () -> "$.observations[4]").set(Field.INDICATOR, "GRAIN", "indicator")
        .set(Field.REGION, "150400", "region").set(Field.PERIOD, "2023", "period").set(new BigDecimal("130"), "value");
    assertEquals(Quantity.parse("130亿斤"), b.bind().value(), "the defined indicator's unit when none is given");
    assertEquals(1, asked[0], "the line is asked for only for a problem");
  }

  @Test
  void missingRequiredFieldsNameTheirPlace() {
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> binder.begin(2).set(Field.INDICATOR, "G", "indicator").set(Field.VALUE, "1亿斤", "value")
            .set(Field.PERIOD, "2023", "period").bind());
    assertEquals("region", e.problem().field().orElseThrow());
    Observation withDefault = ObservationBinder.of("t", ReadOptions.defaults().withDefaultRegion(Region.CHIFENG),
        UnitPolicy.STRICT).begin(2).set(Field.INDICATOR, "G", "indicator").set(Field.VALUE, "1亿斤", "value")
        .set(Field.PERIOD, "2023", "period").bind();
    assertEquals(Region.CHIFENG, withDefault.region());
    e = assertThrows(DatasetReadException.class, () -> grain(3, "130", "").bind());
    assertEquals("unit", e.problem().field().orElseThrow());
  }

  @Test
  void theUnitPolicyDefaultAppliesUnlessTheOptionsSetOne() {
    ObservationBinder open = ObservationBinder.of("t", ReadOptions.defaults(), UnitPolicy.OPEN);
    Observation o = open.begin(2).set(Field.INDICATOR, "G", "i").set(Field.REGION, "150400", "r")
        .set(Field.PERIOD, "2023", "p").set(Field.VALUE, "3", "v").set(Field.UNIT, "Miles de cabras", "u").bind();
    assertTrue(o.value().unit().dimension().isOpaque() || o.value().unit().symbol().contains("cabras"),
        o.value().unit().toString());
    assertThrows(DatasetReadException.class, () -> grain(2, "3", "Miles de cabras").bind());
  }

  @Test
  void structureGivenByTheInputStandsInForTexts() {
    Indicator grain = Indicator.builder().code("GRAIN").name("粮食总产量").unit(Units.of("万吨")).build();
    ObservationBinder b = ObservationBinder.of("t.stat.json", ReadOptions.defaults(), UnitPolicy.OPEN);
    Observation o = b.begin(() -> 3, () -> "$.value[7]").set(grain).set(Region.INNER_MONGOLIA)
        .set(io.github.zhibiao.model.Period.year(2022)).set(Quantity.parse("650万吨"), "value")
        .set(Field.QUALIFIER, "余", "$.extension.zhibiao.cells.7.qualifier")
        .set(Field.REGION, "150400", "ignored").set(Field.VALUE, "1", "ignored").bind();
    assertEquals(Region.INNER_MONGOLIA, o.region(), "the structure's region, not the text's");
    assertEquals(io.github.zhibiao.model.Period.year(2022), o.period());
    assertEquals("650余万吨", o.value().toString());
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> b.begin(() -> 3, () -> "$.value[8]")
        .set(grain).set(Region.INNER_MONGOLIA).set(io.github.zhibiao.model.Period.year(2022))
        .set(Quantity.parse("650万吨"), "value").set(Field.STATUS, "maybe", "$.status[8]").bind());
    assertEquals("$.status[8]", e.problem().path().orElseThrow(), "a place that is a whole JSON path stands alone");
    e = assertThrows(DatasetReadException.class, () -> b.begin(() -> 3, () -> "$.value[9]")
        .set(grain).set(Region.INNER_MONGOLIA).set(io.github.zhibiao.model.Period.year(2022))
        .set(Quantity.parse("650万吨"), "value").set(Field.NOTE, "x", "note").set(Field.CHANGE_BASIS, "同比", "basis")
        .bind());
    assertEquals("$.value[9].basis", e.problem().path().orElseThrow(), "a relative place follows the record's path");
  }

  @Test
  void attachmentsAReaderReadItselfStandInForTheirTexts() {
    Observation o = grain(4, "130", "亿斤").set(Field.CHANGE, "1%", "change").set(Change.against(Quantity.parse("3%"),
        "近5年平均"), "prose").set(io.github.zhibiao.model.Ranking.topN(10).withPeers(103), "prose")
        .set(io.github.zhibiao.model.Share.of(Quantity.parse("17%"), "全区"), "prose")
        .planCompletion(Quantity.parse("117.10%"), "prose").bind();
    assertEquals(Change.against(Quantity.parse("3%"), "近5年平均"), o.change().orElseThrow(), "the given change, not the text");
    assertEquals("前10/103", o.ranking().orElseThrow().toString());
    assertEquals(Quantity.parse("17%"), o.share().orElseThrow().rate());
    assertEquals(Quantity.parse("117.10%"), o.planCompletion().orElseThrow());
    assertTrue(grain(5, "130", "亿斤").bind().change().isEmpty(), "begin clears what the record before was given");
  }

  @Test
  void aGivenChangeThatDoesNotFitTheValueIsAProblemAtItsPlace() {
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> grain(6, "130", "亿斤")
        .set(Change.yearOnYear(Quantity.parse("3万人")), "span 12–20").bind());
    assertEquals("span 12–20", e.problem().field().orElseThrow());
    assertEquals("3万人", e.problem().text().orElseThrow());
    assertTrue(e.getMessage().contains("does not fit a value in 亿斤"), e::getMessage);
  }

  @Test
  void periodsInTextFormats() {
    assertEquals(io.github.zhibiao.model.Period.NOT_STATED, ObservationBinder.readPeriod("_Z"));
    assertEquals(io.github.zhibiao.model.Period.labelled("LFI4b, 2009/13"),
        ObservationBinder.readPeriod("label:LFI4b, 2009/13"));
    assertEquals("label:LFI4b, 2009/13", ObservationBinder.periodText(io.github.zhibiao.model.Period.labelled("LFI4b, 2009/13")));
    assertEquals("_Z", ObservationBinder.periodText(io.github.zhibiao.model.Period.NOT_STATED));
    assertEquals("2023-Q2", ObservationBinder.periodText(io.github.zhibiao.model.Period.quarter(2023, 2)));
    assertThrows(IllegalArgumentException.class, () -> ObservationBinder.readPeriod("LFI4b"));
  }

  @Test
  void breakdownsFromTextsKeepOneLabelPerCode() {
    Observation o = grain(2, "1", "亿斤").breakdown("SEX", "性别", "Sex", "F", "女", "by:SEX").bind();
    assertEquals(io.github.zhibiao.model.Breakdown.of("SEX", "性别", "Sex"),
        o.breakdowns().entries().get(0).breakdown());
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> grain(3, "2", "亿斤").breakdown("SEX", "Sexe", "", "F", "", "by:SEX").bind());
    assertTrue(e.getMessage().contains("one code keeps one label"), e.getMessage());
    e = assertThrows(DatasetReadException.class,
        () -> grain(4, "2", "亿斤").breakdown("SEX", "", "", "", "女", "by:SEX").bind());
    assertTrue(e.getMessage().contains("a category label without its code"), e.getMessage());
    assertTrue(grain(5, "2", "亿斤").breakdown("SEX", "", "", "", "", "by:SEX").bind().breakdowns().isEmpty());
  }
}
