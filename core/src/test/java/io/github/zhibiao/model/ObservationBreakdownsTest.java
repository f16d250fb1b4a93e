package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationBreakdownsTest {

  static final Indicator EMPLOYED = Indicator.of("EMPLOYED", "城镇就业人员", Units.of("万人"), IndicatorKind.STOCK);
  static final Category MANUFACTURING = Category.from(Sector.section('C'));

  static Observation women() {
    return Observation.builder().indicator(EMPLOYED).region(Region.CHIFENG).period(Period.year(2023))
        .breakdown(Breakdown.SEX, Category.FEMALE).breakdown(Breakdown.INDUSTRY, MANUFACTURING)
        .value(Quantity.parse("1.20万人")).build();
  }

  @Test
  void breakdownsDefaultToEmptyAndTakePartInEquality() {
    Observation plain = Observation.of(EMPLOYED, Region.CHIFENG, Period.year(2023), Quantity.parse("1.2万人"));
    assertSame(Breakdowns.empty(), plain.breakdowns());
    Observation women = women();
    assertEquals("性别=F 女, 行业=C 制造业", women.breakdowns().toString());
    assertNotEquals(plain, women);
    assertEquals(plain, women.withBreakdowns(Breakdowns.empty()), "1.20万人 equals 1.2万人");
    Observation reordered = women.withBreakdowns(Breakdowns.of(Breakdown.INDUSTRY, MANUFACTURING,
        Breakdown.SEX, Category.FEMALE));
    assertEquals(women, reordered);
    assertEquals(women.hashCode(), reordered.hashCode());
    assertNotEquals(women, women.withBreakdowns(Breakdowns.of(Breakdown.SEX, Category.MALE,
        Breakdown.INDUSTRY, MANUFACTURING)));
    assertThrows(IllegalArgumentException.class, () -> Observation.builder().breakdown(Breakdown.SEX, Category.FEMALE)
        .breakdown(Breakdown.SEX, Category.MALE));
  }

  @Test
  void toStringShowsEveryAttributePresent() {
    Observation full = women().toBuilder().status(Status.ESTIMATED).value(Quantity.parse("超1.2万人"))
        .change(Change.yearOnYear(Quantity.parse("5.82%"))).ranking(Ranking.first().within(Region.INNER_MONGOLIA))
        .share(Share.of(Quantity.parse("17%"), "全区")).planCompletion(Quantity.parse("117.10%")).note("截至目前")
        .build();
    assertEquals("EMPLOYED 150400 2023 {性别=F 女, 行业=C 制造业} = 超1.2万人 [ESTIMATED; change 5.82% YEAR_ON_YEAR; "
        + "ranking 首位 within 150000; share 17% of 全区; plan completion 117.10%; note 截至目前]", full.toString());
    assertEquals("EMPLOYED _Z _Z = 3万人", Observation.of(EMPLOYED, Region.NOT_STATED, Period.NOT_STATED,
        Quantity.parse("3万人")).toString());
    assertEquals("EMPLOYED 150400 LFI4b, 2009/13 = 3万人", Observation.of(EMPLOYED, Region.CHIFENG,
        Period.labelled("LFI4b, 2009/13"), Quantity.parse("3万人")).toString());
  }

  @Test
  void copyMethodsChangeOneAttributeAndCheckAgain() {
    Observation o = women();
    assertEquals(Quantity.parse("2万人"), o.withValue(Quantity.parse("2万人")).value());
    assertEquals(Status.TARGET, o.withStatus(Status.TARGET).status());
    assertEquals(Region.NOT_STATED, o.withRegion(Region.NOT_STATED).region());
    assertEquals(Period.NOT_STATED, o.withPeriod(Period.NOT_STATED).period());
    assertEquals(Optional.of("累计"), o.withNote("累计").note());
    assertEquals(Optional.of(Ranking.leading()), o.withRanking(Ranking.leading()).ranking());
    assertEquals(Optional.of(Quantity.parse("90%")), o.withPlanCompletion(Quantity.parse("90%")).planCompletion());
    assertEquals(Optional.of(Share.of(Quantity.parse("3%"), "x")), o.withShare(Share.of(Quantity.parse("3%"), "x")).share());
    Change up = Change.previousPeriod(Quantity.parse("0.1万人"));
    assertEquals(Optional.of(up), o.withChange(up).change());
    assertEquals(o.breakdowns(), o.withValue(Quantity.parse("2万人")).breakdowns(), "the others are kept");
    Indicator rate = Indicator.of("RATE", "就业率", Units.PERCENT, IndicatorKind.RATE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.withIndicator(rate));
    assertTrue(e.getMessage().startsWith("observation RATE 150400 2023 {性别=F 女, 行业=C 制造业}: value 1.20万人"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> o.withValue(Quantity.parse("3亿元")));
    assertThrows(IllegalArgumentException.class, () -> o.withNote(" "));
    assertThrows(IllegalArgumentException.class, () -> o.withPlanCompletion(Quantity.parse("-1%")));
    assertThrows(NullPointerException.class, () -> o.withBreakdowns(null));
    assertEquals(o, o.withValue(Quantity.parse("2万人")).withValue(o.value()));
  }

  @Test
  void aBuilderCanDropOptionalAttributes() {
    Observation o = women().toBuilder().note("x").change(Change.yearOnYear(Quantity.parse("1%")))
        .ranking(Ranking.first()).share(Share.of(Quantity.parse("1%"), "y")).planCompletion(Quantity.parse("1%"))
        .build();
    Observation bare = o.toBuilder().clearNote().clearChange().clearRanking().clearShare().clearPlanCompletion()
        .build();
    assertEquals(women(), bare);
    assertEquals(o, Observation.builder().from(o).build());
  }

  @Test
  void aMissingAttributeIsNamed() {
    assertEquals("cannot build an Observation of EMPLOYED: required attributes not set: region, period, value",
        assertThrows(IllegalStateException.class, () -> Observation.builder().indicator(EMPLOYED).build()).getMessage());
    assertEquals("cannot build an Observation: required attributes not set: indicator, region, period, value",
        assertThrows(IllegalStateException.class, () -> Observation.builder().build()).getMessage());
    assertEquals("cannot build an Indicator X: required attributes not set: name, unit",
        assertThrows(IllegalStateException.class, () -> Indicator.builder().code("X").build()).getMessage());
  }

  @Test
  void indicatorsHaveCopyMethods() {
    Indicator i = EMPLOYED.withEnglishName("Urban employment").withSector(Sector.section('C'))
        .withDescription("年末").withKind(IndicatorKind.FLOW).withUnit(Units.of("人")).withName("就业人员");
    assertEquals(Optional.of("Urban employment"), i.englishName());
    assertEquals(Optional.of(Sector.section('C')), i.sector());
    assertEquals(Optional.of("年末"), i.description());
    assertEquals(IndicatorKind.FLOW, i.kind());
    assertEquals(Units.of("人"), i.unit());
    assertEquals("就业人员", i.name());
    assertEquals("EMPLOYED", i.code());
    assertEquals("JOBS", i.withCode("JOBS").code());
    assertSame(i, i.withCode("EMPLOYED"));
    Indicator bare = i.toBuilder().clearEnglishName().clearSector().clearDescription().build();
    assertEquals(Indicator.of("EMPLOYED", "就业人员", Units.of("人"), IndicatorKind.FLOW), bare);
    assertNotEquals(bare, i);
    assertEquals("就业", i.withCode("就业").code()); // letters of any script (issue 14)
    assertThrows(IllegalArgumentException.class, () -> i.withCode("就 业"));
    assertThrows(IllegalArgumentException.class, () -> i.withName(" "));
  }

  @Test
  void theGeneratedClassesAreGoneFromThePublicApi() {
    assertTrue(Modifier.isFinal(Observation.class.getModifiers()));
    assertTrue(Modifier.isFinal(Indicator.class.getModifiers()));
    assertEquals(Object.class, Observation.Builder.class.getSuperclass());
    assertEquals(Object.class, Indicator.Builder.class.getSuperclass());
    assertEquals(Observation.class, Observation.builder().indicator(EMPLOYED).region(Region.CHIFENG)
        .period(Period.year(2023)).value(Quantity.parse("1万人")).build().getClass());
    for (String name : List.of("ImmutableObservation", "ImmutableIndicator")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName("io.github.zhibiao.model." + name));
    }
  }

  @Test
  void serializationKeepsBreakdownsAndUndatedPeriods() throws Exception {
    Observation o = women().withPeriod(Period.labelled("LFI4b, 2009/13")).withRegion(Region.NOT_STATED)
        .withNote("n").withChange(Change.yearOnYear(Quantity.parse("1%")));
    Object back = BreakdownsTest.roundTrip(o);
    assertEquals(o, back);
    assertEquals(o.toString(), back.toString());
    assertEquals(EMPLOYED.withDescription("d"), BreakdownsTest.roundTrip(EMPLOYED.withDescription("d")));
    assertFalse(((Observation) back).region().isStated());
  }
}
