package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationTest {

  static final Indicator LIVESTOCK = Indicator.builder().code("LIVESTOCK_STOCK").name("牲畜存栏")
      .unit(Units.of("万头只")).kind(IndicatorKind.STOCK).sector(Sector.parse("现代农牧业@A")).build();

  static Observation livestock() {
    return Observation.builder()
        .indicator(LIVESTOCK).region(Region.CHIFENG).period(Period.parse("2023年6月末"))
        .value(Quantity.parse("2210.6万头只"))
        .change(Change.yearOnYear(Quantity.parse("5.82%")))
        .ranking(Ranking.first().within(Region.INNER_MONGOLIA))
        .build();
  }

  @Test
  void anObservationCarriesWhatTheReportSays() {
    Observation o = livestock();
    assertEquals("LIVESTOCK_STOCK 150400 2023-06-30 = 2210.6万头只 [change 5.82% YEAR_ON_YEAR; ranking 首位 within 150000]",
        o.toString());
    assertEquals(Status.NORMAL, o.status());
    assertEquals(Qualifier.EXACT, o.qualifier());
    assertEquals(Change.Kind.RATE, o.change().orElseThrow().kind());
    assertEquals("首位", o.ranking().orElseThrow().toString());
    assertEquals(Region.INNER_MONGOLIA, o.ranking().orElseThrow().scope().orElseThrow());
    assertTrue(o.period().isInstant());
  }

  @Test
  void valueInAnotherUnitOfTheSameDimensionIsAccepted() {
    Observation o = Observation.of(LIVESTOCK, Region.CHIFENG, Period.instant(java.time.LocalDate.of(2023, 6, 30)),
        Quantity.parse("22106000头只"));
    assertTrue(o.value().isEquivalentTo(livestock().value()));
  }

  @Test
  void valueOfAnotherDimensionIsRefusedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Observation.of(LIVESTOCK,
        Region.CHIFENG, Period.year(2023), Quantity.parse("2210.6万人")));
    assertEquals("observation LIVESTOCK_STOCK 150400 2023: value 2210.6万人 (PERSON) does not match the "
        + "indicator's unit 万头只 (ANIMAL)", e.getMessage());
  }

  @Test
  void badChangesAndPlanCompletionsAreRefused() {
    IllegalArgumentException change = assertThrows(IllegalArgumentException.class, () -> Observation.builder()
        .from(livestock()).change(Change.yearOnYear(Quantity.parse("3亿元"))).build());
    assertTrue(change.getMessage().contains("change 3亿元 (CURRENCY_CNY) must be a rate, 百分点 or in the value's dimension"),
        change.getMessage());
    IllegalArgumentException plan = assertThrows(IllegalArgumentException.class, () -> Observation.builder()
        .from(livestock()).planCompletion(Quantity.parse("-1%")).build());
    assertTrue(plan.getMessage().endsWith("plan completion -1% must be a non-negative rate such as 117.10%"),
        plan.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Observation.builder().from(livestock()).note(" ").build());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Observation.builder().indicator(LIVESTOCK).build());
    assertTrue(missing.getMessage().contains("region"), missing.getMessage());
  }

  @Test
  void indicatorsValidateCodeAndName() {
    // letters of any script, as offices publish ids (Población); issue 14
    assertEquals("粮食", Indicator.of("粮食", "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW).code());
    assertEquals("Población_2023", Indicator.of("Población_2023", "Población", Units.of("人"), IndicatorKind.STOCK).code());
    assertEquals("Poblacio\u0301n", Indicator.of("Poblacio\u0301n", "x", Units.of("人"), IndicatorKind.STOCK).code());
    for (String bad : new String[] {"", " GRAIN", "GRAIN OUTPUT", "GRAIN\tX", "GRAIN\u0007", "_GRAIN", "\u0301n", "粮食\u3000产量",
        "GRAIN$", "GRAIN\u200B"}) {
      IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
          () -> Indicator.of(bad, "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW), bad);
      assertEquals("indicator code '" + bad + "' must be letters, digits, '_', '.' or '-' (of any script; no spaces or"
          + " control characters), starting with a letter or digit", code.getMessage());
    }
    IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
        () -> Indicator.of("GRAIN", " ", Units.of("亿斤"), IndicatorKind.FLOW));
    assertEquals("indicator GRAIN must have a non-blank name", name.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "3        | 3     | POSITION",
    "3/12     | 3/12  | POSITION",
    "第3位    | 3     | POSITION",
    "居全区第3位 | 全区3 | POSITION",
    "第二     | 2     | POSITION",
    "排名第一  | 1     | POSITION",
    "首位     | 首位  | POSITION",
    "首位/12  | 首位/12 | POSITION",
    "位居全区首位 | 全区首位 | POSITION",
    "前列     | 前列  | LEADING",
    "居全区前列 | 全区前列 | LEADING",
    "全国前10强 | 全国前10 | TOP_N",
    "全旗3/12 | 全旗3/12 | POSITION",
    "前10     | 前10  | TOP_N",
    "前10强   | 前10  | TOP_N",
    "前十     | 前10  | TOP_N",
  })
  void rankingsReadTheirWordings(String text, String canonical, Ranking.Kind kind) {
    Ranking r = Ranking.parse(text);
    assertEquals(canonical, r.toString());
    assertEquals(kind, r.kind());
    assertEquals(r, Ranking.parse(r.toString()));
  }

  @Test
  void rankingsValidate() {
    assertEquals("rank position (0) must be >= 1",
        assertThrows(IllegalArgumentException.class, () -> Ranking.position(0)).getMessage());
    assertEquals("peer count (2) must be >= the rank (3)",
        assertThrows(IllegalArgumentException.class, () -> Ranking.position(3).withPeers(2)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Ranking.parse("很好")).getMessage()
        .startsWith("cannot read the ranking '很好'"));
    assertEquals(1, Ranking.first().position().orElseThrow());
    assertTrue(Ranking.first().isFirstInWords());
    assertFalse(Ranking.position(1).equals(Ranking.first()), "首位 keeps its wording");
  }

  @Test
  void sharesStayWithinTheirWhole() {
    Share s = Share.of(Quantity.parse("17%"), "全区高标准农田建设总任务");
    assertEquals("17% of 全区高标准农田建设总任务", s.toString());
    assertEquals("share (120%) must lie between 0% and 100% of its whole",
        assertThrows(IllegalArgumentException.class, () -> Share.of(Quantity.parse("120%"), "x")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Share.of(Quantity.parse("17万亩"), "x"))
        .getMessage().contains("must be dimensionless"));
    assertThrows(IllegalArgumentException.class, () -> Share.of(Quantity.parse("17%"), " "));
    assertEquals(Share.of(Quantity.parse("7成"), "x"), Share.of(Quantity.parse("7成"), "x"));
  }

  @Test
  void changesReadTheirBasis() {
    assertEquals(Change.Basis.YEAR_ON_YEAR, Change.of(Quantity.parse("13.37%"), "与2022年同期相比").basis());
    assertEquals(Change.Basis.YEAR_ON_YEAR, Change.of(Quantity.parse("5.82%"), "同比").basis());
    assertEquals(Change.Basis.PREVIOUS_PERIOD, Change.of(Quantity.parse("1%"), "环比").basis());
    for (String yoy : new String[] {"较上年", "比去年", "较去年同期", "与去年同期相比", "与上年相比", " 比上年同期 "}) {
      assertEquals(Change.Basis.YEAR_ON_YEAR, Change.of(Quantity.parse("5.82%"), yoy).basis(), yoy);
    }
    assertEquals(Change.Basis.REFERENCE, Change.of(Quantity.parse("2%"), "较全区平均").basis());
    assertEquals("较全区平均", Change.of(Quantity.parse("2%"), "较全区平均").reference().orElseThrow());
    Change avg = Change.of(Quantity.parse("6.31亿斤"), "近5年平均");
    assertEquals(Change.Basis.REFERENCE, avg.basis());
    assertEquals("近5年平均", avg.reference().orElseThrow());
    assertEquals(Change.Kind.ABSOLUTE, avg.kind());
    assertEquals(Change.Kind.POINTS, Change.of(Quantity.parse("7.5个百分点"), "考核要求").kind());
    assertEquals(avg, Change.of(avg.amount(), avg.basisText()));
    assertThrows(IllegalArgumentException.class, () -> Change.of(Quantity.parse("1%"), " "));
  }

  @Test
  void statusReadsCodesAndChinese() {
    assertEquals(Status.ESTIMATED, Status.parse("预计"));
    assertEquals(Status.PROVISIONAL, Status.parse("P"));
    assertEquals(Status.TARGET, Status.parse("target"));
    assertEquals(Status.NORMAL, Status.parse(""));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Status.parse("大概")).getMessage()
        .startsWith("unknown status '大概'"));
  }

  @Test
  void datasetsLookUpAndKeepConflicts() {
    Indicator air = Indicator.of("AIR_GOOD_DAYS_RATIO", "环境空气质量优良天数比例", Units.PERCENT, IndicatorKind.RATE);
    Period janNov = Period.parse("2023年1—11月");
    Observation a = Observation.of(air, Region.CHIFENG, janNov, Quantity.parse("92.6%"));
    Observation b = Observation.of(air, Region.CHIFENG, janNov, Quantity.parse("93.6%"));
    Dataset d = Dataset.of(List.of(livestock(), a, b));
    assertEquals(3, d.size());
    assertEquals(2, d.find("AIR_GOOD_DAYS_RATIO", Region.CHIFENG, janNov).size());
    assertEquals(List.of(livestock()), d.byIndicator("LIVESTOCK_STOCK"));
    assertEquals(List.of(a, b), d.byPeriod(janNov));
    assertEquals(3, d.byRegion(Region.CHIFENG).size());
    assertEquals(2, d.indicators().size());
    IllegalArgumentException series = assertThrows(IllegalArgumentException.class,
        () -> d.series("AIR_GOOD_DAYS_RATIO", Region.CHIFENG));
    assertTrue(series.getMessage().startsWith("two observations of AIR_GOOD_DAYS_RATIO in 150400 for 2023-01/2023-11"),
        series.getMessage());
    Indicator other = Indicator.of("AIR_GOOD_DAYS_RATIO", "别的名字", Units.PERCENT, IndicatorKind.RATE);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Dataset.builder().addIndicator(air).addIndicator(other));
    assertTrue(twice.getMessage().startsWith("two definitions of indicator AIR_GOOD_DAYS_RATIO"), twice.getMessage());
  }

  @Test
  void seriesAreOrderedByPeriod() {
    Indicator grain = Indicator.of("GRAIN_OUTPUT", "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW);
    Observation y23 = Observation.of(grain, Region.CHIFENG, Period.year(2023), Quantity.parse("130亿斤"));
    Observation y22 = Observation.of(grain, Region.CHIFENG, Period.year(2022), Quantity.parse("125亿斤"));
    Series s = Dataset.of(List.of(y23, y22)).series("GRAIN_OUTPUT", Region.CHIFENG);
    assertEquals(List.of(Period.year(2022), Period.year(2023)), s.periods());
    assertEquals(y22, s.get(Period.year(2022)).orElseThrow());
  }

  @Test
  void valuesSurviveJavaSerialization() throws Exception {
    Dataset d = Dataset.of(List.of(livestock()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(d);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Dataset back = (Dataset) in.readObject();
      assertEquals(d, back);
      assertEquals(livestock().value().to(Units.of("头只")), back.observations().get(0).value().to(Units.of("头只")));
    }
  }
}
