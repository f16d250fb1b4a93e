package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Quantity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetBreakdownsTest {

  static final Indicator EMPLOYED = ObservationBreakdownsTest.EMPLOYED;

  static Observation obs(String period, Breakdowns b, String value) {
    return Observation.builder().indicator(EMPLOYED).region(Region.CHIFENG).period(Period.parseOrLabel(period))
        .breakdowns(b).value(Quantity.parse(value)).build();
  }

  static final Breakdowns WOMEN = Breakdowns.of(Breakdown.SEX, Category.FEMALE);
  static final Breakdowns MEN = Breakdowns.of(Breakdown.SEX, Category.MALE);
  static final Breakdowns URBAN_WOMEN = WOMEN.with(Breakdown.URBAN_RURAL, Category.URBAN);

  @Test
  void findMatchesAllFourAndTheShortFormMeansTheWhole() {
    Observation all = obs("2023", Breakdowns.empty(), "2万人");
    Observation women = obs("2023", WOMEN, "1.1万人");
    Observation men = obs("2023", MEN, "0.9万人");
    Observation urbanWomen = obs("2023", URBAN_WOMEN, "0.7万人");
    Dataset d = Dataset.of(List.of(all, women, men, urbanWomen));
    assertEquals(List.of(all), d.find("EMPLOYED", Region.CHIFENG, Period.year(2023)));
    assertEquals(List.of(women), d.find("EMPLOYED", Region.CHIFENG, Period.year(2023), WOMEN));
    assertEquals(List.of(urbanWomen), d.find("EMPLOYED", Region.CHIFENG, Period.year(2023),
        Breakdowns.of(Breakdown.URBAN_RURAL, Category.URBAN, Breakdown.SEX, Category.FEMALE)), "any order");
    assertEquals(List.of(), d.find("EMPLOYED", Region.CHIFENG, Period.year(2022), WOMEN));
    assertEquals(List.of(), d.find("EMPLOYED", Region.INNER_MONGOLIA, Period.year(2023), WOMEN));
    assertEquals(4, d.byRegion(Region.CHIFENG).size(), "filters on one attribute return every breakdown");
    assertEquals(4, d.byPeriod(Period.year(2023)).size());
    assertEquals(4, d.byIndicator("EMPLOYED").size());
    assertThrows(NullPointerException.class, () -> d.find("EMPLOYED", Region.CHIFENG, Period.year(2023), null));
  }

  @Test
  void conflictingValuesOfOneCellAreAllFound() {
    Observation a = obs("2023", WOMEN, "1.1万人");
    Observation b = obs("2023", WOMEN, "1.3万人");
    Dataset d = Dataset.of(List.of(a, b));
    assertEquals(List.of(a, b), d.find("EMPLOYED", Region.CHIFENG, Period.year(2023), WOMEN));
  }

  @Test
  void aSeriesIsOneIndicatorRegionAndBreakdowns() {
    Dataset d = Dataset.of(List.of(obs("2022", WOMEN, "1万人"), obs("2023", WOMEN, "1.1万人"),
        obs("2023", MEN, "0.9万人"), obs("2023", Breakdowns.empty(), "2万人"), obs("LFI4b, 2009/13", WOMEN, "3万人")));
    Series women = d.series("EMPLOYED", Region.CHIFENG, WOMEN);
    assertEquals(List.of(Period.year(2022), Period.year(2023), Period.labelled("LFI4b, 2009/13")), women.periods());
    assertEquals(WOMEN, women.breakdowns());
    assertEquals("Series[EMPLOYED 150400 {性别=F 女}, 3 periods]", women.toString());
    Series whole = d.series("EMPLOYED", Region.CHIFENG);
    assertEquals(List.of(Period.year(2023)), whole.periods());
    assertEquals(Breakdowns.empty(), whole.breakdowns());
    assertEquals("Series[EMPLOYED 150400, 1 periods]", whole.toString());
    assertTrue(!women.equals(d.series("EMPLOYED", Region.CHIFENG, MEN)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Series.of(EMPLOYED, Region.CHIFENG, MEN, List.of(obs("2023", WOMEN, "1万人"))));
    assertEquals("observation EMPLOYED 150400 2023 {性别=F 女} = 1万人 does not belong to the series of EMPLOYED in "
        + "150400 {性别=M 男}", e.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Series.of(EMPLOYED, Region.CHIFENG, WOMEN, List.of(obs("2023", WOMEN, "1万人"), obs("2023", WOMEN, "2万人"))));
    assertEquals("two observations of EMPLOYED in 150400 {性别=F 女} for 2023: 1万人 and 2万人", twice.getMessage());
  }

  @Test
  void breakdownsAndCategoriesAreListedInOrderOfFirstAppearance() {
    Dataset d = Dataset.of(List.of(obs("2023", URBAN_WOMEN, "1万人"), obs("2023", MEN, "1万人"),
        obs("2023", WOMEN, "1万人")));
    assertEquals(Map.of("SEX", Breakdown.SEX, "URBAN_RURAL", Breakdown.URBAN_RURAL), d.breakdowns());
    assertEquals(List.of("SEX", "URBAN_RURAL"), List.copyOf(d.breakdowns().keySet()));
    assertEquals(List.of(Category.FEMALE, Category.MALE), d.categories("SEX"));
    assertEquals(List.of(Category.URBAN), d.categories("URBAN_RURAL"));
    assertEquals(List.of(), d.categories("AGE"));
    assertEquals(Map.of(), Dataset.empty().breakdowns());
  }

  @Test
  void oneCodeHasOneMeaning() {
    Dataset.Builder b = Dataset.builder().add(obs("2023", WOMEN, "1万人"));
    IllegalArgumentException breakdown = assertThrows(IllegalArgumentException.class,
        () -> b.add(obs("2023", Breakdowns.of(Breakdown.of("SEX", "性別"), Category.MALE), "1万人")));
    assertEquals("two definitions of breakdown SEX: 性别 / Sex and 性別", breakdown.getMessage());
    IllegalArgumentException category = assertThrows(IllegalArgumentException.class,
        () -> b.add(obs("2023", Breakdowns.of(Breakdown.SEX, Category.of("F", "女性")), "1万人")));
    assertEquals("two labels for category F of breakdown SEX: 女 and 女性", category.getMessage());
    assertEquals(1, b.build().size(), "nothing was added");
  }

  @Test
  void aDatasetWithBreakdownsSerializesAndFindsAfterwards() throws Exception {
    Dataset d = Dataset.of(List.of(obs("2023", WOMEN, "1万人"), obs("_Z", MEN, "2万人")));
    Dataset back = (Dataset) BreakdownsTest.roundTrip(d);
    assertEquals(d, back);
    assertEquals(d.breakdowns(), back.breakdowns());
    assertEquals(1, back.find("EMPLOYED", Region.CHIFENG, Period.NOT_STATED, MEN).size());
  }
}
