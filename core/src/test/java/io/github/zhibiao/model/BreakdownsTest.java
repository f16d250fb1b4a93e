package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BreakdownsTest {

  static final Category MANUFACTURING = Category.from(Sector.section('C'));

  @Test
  void pairsKeepTheirOrderAndPrintWithLabels() {
    Breakdowns b = Breakdowns.of(Breakdown.SEX, Category.FEMALE).with(Breakdown.INDUSTRY, MANUFACTURING);
    assertEquals("性别=F 女, 行业=C 制造业", b.toString());
    assertEquals(List.of(new Breakdowns.Entry(Breakdown.SEX, Category.FEMALE),
        new Breakdowns.Entry(Breakdown.INDUSTRY, MANUFACTURING)), b.entries());
    assertEquals(2, b.size());
    assertFalse(b.isEmpty());
    assertEquals(Optional.of(Category.FEMALE), b.category("SEX"));
    assertEquals(Optional.of(MANUFACTURING), b.category("INDUSTRY"));
    assertEquals(Optional.empty(), b.category("AGE"));
    assertEquals(Optional.empty(), b.category("性别"), "looked up by code, not label");
    assertEquals("", Breakdowns.empty().toString());
    assertTrue(Breakdowns.empty().isEmpty());
    assertEquals("城乡=城镇", Breakdowns.of(Breakdown.URBAN_RURAL, Category.of("城镇", "城镇")).toString());
  }

  @Test
  void equalityIgnoresTheOrderButIterationKeepsIt() {
    Breakdowns a = Breakdowns.of(Breakdown.SEX, Category.FEMALE, Breakdown.INDUSTRY, MANUFACTURING);
    Breakdowns b = Breakdowns.of(Breakdown.INDUSTRY, MANUFACTURING, Breakdown.SEX, Category.FEMALE);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(0, a.compareTo(b));
    assertEquals("行业=C 制造业, 性别=F 女", b.toString());
    assertNotEquals(a, a.without("SEX"));
    assertNotEquals(a, Breakdowns.of(Breakdown.SEX, Category.MALE, Breakdown.INDUSTRY, MANUFACTURING));
    assertNotEquals(Breakdowns.of(Breakdown.SEX, Category.FEMALE), Breakdowns.of(Breakdown.of("SEX", "性別"),
        Category.FEMALE), "another definition of the breakdown");
    assertTrue(Breakdowns.empty().compareTo(a) < 0);
    assertTrue(a.without("SEX").compareTo(a) < 0, "a prefix of the sorted pairs sorts first");
    assertTrue(a.without("INDUSTRY").compareTo(a) > 0, "SEX sorts after INDUSTRY");
  }

  @Test
  void aSecondCategoryForOneBreakdownIsRefusedNamingBoth() {
    Breakdowns women = Breakdowns.of(Breakdown.SEX, Category.FEMALE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> women.with(Breakdown.SEX, Category.MALE));
    assertEquals("breakdown SEX (性别) already has the category F 女; cannot add M 男: a figure has one category "
        + "per breakdown", e.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> women.with(Breakdown.of("SEX", "性别"), Category.FEMALE));
    assertEquals("breakdown SEX is already present as 性别 / Sex (category F 女); cannot add it as 性别 (category "
        + "F 女): one code, one breakdown", other.getMessage());
    assertSame(women, women.with(Breakdown.SEX, Category.FEMALE), "a pair already present changes nothing");
    assertThrows(IllegalArgumentException.class, () -> Breakdowns.of(Breakdown.SEX, Category.FEMALE,
        Breakdown.SEX, Category.MALE));
  }

  @Test
  void withoutKeepsTheOthersInOrder() {
    Breakdowns b = Breakdowns.of(Breakdown.SEX, Category.FEMALE).with(Breakdown.AGE, Category.of("16-24", "16—24岁"))
        .with(Breakdown.URBAN_RURAL, Category.URBAN);
    assertEquals("性别=F 女, 城乡=URBAN 城镇", b.without("AGE").toString());
    assertSame(b, b.without("INDUSTRY"));
    assertSame(Breakdowns.empty(), Breakdowns.of(Breakdown.SEX, Category.FEMALE).without("SEX"));
    assertEquals(b, Breakdowns.of(b.entries()));
  }

  @Test
  void totalsComeFromOneVocabulary() {
    for (String word : new String[] {"合计", "总计", "总体", "全部", "总数", "Total", "total", "TOTAL", "_T", "ALL", "All"}) {
      assertTrue(Category.of(word, "x").isTotal(), word + " as code");
      assertTrue(Category.of("x", word).isTotal(), word + " as label");
    }
    for (String word : new String[] {"全国", "其中", "小计", "T", "_t", "subtotal", "Totals", "合 计"}) {
      assertFalse(Category.of("x", word).isTotal(), word);
    }
    assertTrue(Category.TOTAL.isTotal());
    assertFalse(Category.FEMALE.isTotal());
  }

  @Test
  void sectorsBecomeCategoriesWithTheirCodesAndNames() {
    assertEquals(Category.of("C", "制造业"), MANUFACTURING);
    assertEquals(Category.of("SECONDARY", "第二产业"), Category.from(Sector.industry(Industry.SECONDARY)));
    assertEquals(Category.of("工业经济", "工业经济"), Category.from(Sector.user("工业经济", Sector.section('C'))));
    assertEquals("C 制造业", MANUFACTURING.toString());
  }

  @Test
  void codesAndLabelsInAnyScriptAreAccepted() {
    Breakdown population = Breakdown.of("Población", "Población residente", "Resident population");
    assertEquals("Población", population.code());
    assertEquals(Optional.of("Resident population"), population.englishLabel());
    assertEquals(Optional.empty(), Breakdown.of("sexo", "Sexo").englishLabel());
    assertEquals("Sexo=1 Hombres", Breakdowns.of(Breakdown.of("sexo", "Sexo"), Category.of("1", "Hombres")).toString());
    assertEquals(200, Category.of("x".repeat(200), "y").code().length());
    assertEquals("𠀀".repeat(200), Category.of("𠀀".repeat(200), "y").code(), "200 code points, 400 chars");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " SEX", "SEX ", "S\u0000X", "S\nX", "S\u007FX", "\uD800X", "X\uDC00"})
  void badTextsAreRefusedNamingThem(String text) {
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> Breakdown.of(text, "性别"));
    assertTrue(code.getMessage().startsWith("breakdown code ('"), code.getMessage());
    IllegalArgumentException label = assertThrows(IllegalArgumentException.class, () -> Category.of("F", text));
    assertTrue(label.getMessage().startsWith("category label ('"), label.getMessage());
  }

  @Test
  void messagesShowWhatIsWrong() {
    assertEquals("breakdown code ('S\\u0007X') must not contain control characters: U+0007 at index 1",
        assertThrows(IllegalArgumentException.class, () -> Breakdown.of("S\u0007X", "性别")).getMessage());
    assertEquals("category code (' F') must not have surrounding whitespace",
        assertThrows(IllegalArgumentException.class, () -> Category.of(" F", "女")).getMessage());
    assertEquals("breakdown label ('') must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Breakdown.of("SEX", "")).getMessage());
    assertEquals("category code ('X\\uDC00') must not contain an unpaired surrogate: U+DC00 at index 1",
        assertThrows(IllegalArgumentException.class, () -> Category.of("X\uDC00", "女")).getMessage());
    String tooLong = "x".repeat(201);
    assertEquals("category code ('" + "x".repeat(60) + "… (201 chars)') must have at most 200 characters, not 201",
        assertThrows(IllegalArgumentException.class, () -> Category.of(tooLong, "女")).getMessage());
    assertThrows(NullPointerException.class, () -> Category.of(null, "女"));
    assertThrows(NullPointerException.class, () -> Breakdowns.of(Breakdown.SEX, null));
  }

  @Test
  void breakdownsAndCategoriesOrderConsistentlyWithEquals() {
    assertTrue(Breakdown.of("A", "x").compareTo(Breakdown.of("B", "a")) < 0);
    assertTrue(Breakdown.of("A", "x").compareTo(Breakdown.of("A", "x", "X")) < 0, "no English label first");
    assertEquals(0, Breakdown.of("A", "x", "X").compareTo(Breakdown.of("A", "x", "X")));
    assertTrue(Category.of("F", "女").compareTo(Category.of("F", "女性")) < 0);
    assertNotEquals(Category.of("F", "女"), Category.of("F", "女性"));
  }

  @Test
  void serializationKeepsTheValues() throws Exception {
    Breakdowns b = Breakdowns.of(Breakdown.SEX, Category.FEMALE).with(Breakdown.of("sexo", "Sexo"), Category.of("1", "H"));
    Object back = roundTrip(b);
    assertEquals(b, back);
    assertEquals(b.toString(), back.toString(), "order kept");
    assertEquals(Breakdown.SEX, roundTrip(Breakdown.SEX));
    assertEquals(Category.TOTAL, roundTrip(Category.TOTAL));
  }

  static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
