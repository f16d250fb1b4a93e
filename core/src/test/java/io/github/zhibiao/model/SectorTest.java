package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectorTest {

  @ParameterizedTest
  @CsvSource({
    "A, 农、林、牧、渔业, PRIMARY",
    "B, 采矿业, SECONDARY",
    "C, 制造业, SECONDARY",
    "D, 电力、热力、燃气及水生产和供应业, SECONDARY",
    "E, 建筑业, SECONDARY",
    "F, 批发和零售业, TERTIARY",
    "G, 交通运输、仓储和邮政业, TERTIARY",
    "H, 住宿和餐饮业, TERTIARY",
    "I, 信息传输、软件和信息技术服务业, TERTIARY",
    "J, 金融业, TERTIARY",
    "K, 房地产业, TERTIARY",
    "L, 租赁和商务服务业, TERTIARY",
    "M, 科学研究和技术服务业, TERTIARY",
    "N, 水利、环境和公共设施管理业, TERTIARY",
    "O, 居民服务、修理和其他服务业, TERTIARY",
    "P, 教育, TERTIARY",
    "Q, 卫生和社会工作, TERTIARY",
    "R, 文化、体育和娱乐业, TERTIARY",
    "S, 公共管理、社会保障和社会组织, TERTIARY",
    "T, 国际组织, TERTIARY"
  })
  void sectionsHaveTheirGbt4754NamesAndIndustries(char letter, String name, Industry industry) {
    Sector s = Sector.section(letter);
    assertEquals(String.valueOf(letter), s.code());
    assertEquals(String.valueOf(letter), s.toString());
    assertEquals(name, s.name());
    assertEquals(industry, s.industry());
    assertEquals(Optional.of(s), s.section());
    assertEquals(Optional.empty(), s.mapping());
    assertTrue(s.isSection());
    assertSame(s, Sector.parse(name));
    assertSame(s, Sector.parse(String.valueOf(letter)));
  }

  @Test
  void thereAreTwentySections() {
    assertEquals(20, Sector.sections().size());
    assertEquals(List.of("A"), codes(Industry.PRIMARY.sections()));
    assertEquals(List.of("B", "C", "D", "E"), codes(Industry.SECONDARY.sections()));
    assertEquals(15, Industry.TERTIARY.sections().size());
  }

  @Test
  void industriesAreSectorsToo() {
    Sector secondary = Sector.industry(Industry.SECONDARY);
    assertEquals("SECONDARY", secondary.code());
    assertEquals("SECONDARY", secondary.toString());
    assertEquals("第二产业", secondary.name());
    assertEquals(Industry.SECONDARY, secondary.industry());
    assertEquals(Optional.empty(), secondary.section());
    assertTrue(secondary.isIndustry());
    assertSame(secondary, Sector.parse("第二产业"));
    assertSame(secondary, Sector.parse("SECONDARY"));
    assertSame(Sector.industry(Industry.PRIMARY), Sector.parse("第一产业"));
    assertSame(Sector.industry(Industry.TERTIARY), Sector.parse("第三产业"));
    assertEquals("第一产业", Industry.PRIMARY.chineseName());
  }

  @Test
  void userSectorsAreMappedOntoASectionOrAnIndustry() {
    Sector industrial = Sector.user("工业经济", Sector.section('C'));
    assertEquals("工业经济", industrial.code());
    assertEquals("工业经济", industrial.name());
    assertEquals("工业经济@C", industrial.toString());
    assertEquals(Industry.SECONDARY, industrial.industry());
    assertEquals(Optional.of(Sector.section('C')), industrial.section());
    assertEquals(Optional.of(Sector.section('C')), industrial.mapping());
    assertTrue(industrial.isUser());
    assertFalse(industrial.isSection());
    assertEquals(industrial, Sector.parse("工业经济@C"));
    assertEquals(industrial, Sector.parse("工业经济@制造业"));

    Sector services = Sector.user("服务业", Sector.industry(Industry.TERTIARY));
    assertEquals("服务业@TERTIARY", services.toString());
    assertEquals(Optional.empty(), services.section());
    assertEquals(services, Sector.parse("服务业@第三产业"));
    assertNotEquals(industrial, Sector.user("工业经济", Sector.industry(Industry.SECONDARY)));
  }

  @Test
  void errorsNameTheFieldOrText() {
    assertMessage(
        "section ('U') must be an upper-case GB/T 4754-2017 section letter A to T",
        () -> Sector.section('U'));
    assertMessage(
        "section ('c') must be an upper-case GB/T 4754-2017 section letter A to T",
        () -> Sector.section('c'));
    assertMessage(
        "name ('a@b') must be non-blank, without surrounding whitespace and without '@'",
        () -> Sector.user("a@b", Sector.section('C')));
    assertMessage(
        "name (' ') must be non-blank, without surrounding whitespace and without '@'",
        () -> Sector.user(" ", Sector.section('C')));
    assertMessage(
        "mappedOnto (工业经济@C) must be a section or an industry, not a user sector",
        () -> Sector.user("轻工业", Sector.user("工业经济", Sector.section('C'))));
    assertMessage(
        "unknown sector '工业': expected a GB/T 4754 section letter A–T, PRIMARY, SECONDARY or"
            + " TERTIARY, 第一产业, 第二产业 or 第三产业, a section name such as 制造业, or"
            + " name@mapping such as 工业经济@C",
        () -> Sector.parse("工业"));
    assertMessage(
        "unknown sector mapping 'U' in '工业经济@U': expected a section letter A–T, PRIMARY,"
            + " SECONDARY, TERTIARY, 第一产业, 第二产业, 第三产业 or a section name such as 制造业 after '@'",
        () -> Sector.parse("工业经济@U"));
    assertMessage(
        "cannot read the sector '@C': name ('') must be non-blank, without surrounding whitespace and without '@'",
        () -> Sector.parse("@C"));
    assertThrows(io.github.zhibiao.ZhibiaoException.class, () -> Sector.parse("@C"), "bad text is bad input");
    assertThrows(io.github.zhibiao.ZhibiaoException.class, () -> Sector.parse("c"));
    assertThrows(io.github.zhibiao.ZhibiaoException.class, () -> Sector.parse(" C"));
    assertThrows(NullPointerException.class, () -> Sector.parse(null));
    assertThrows(NullPointerException.class, () -> Sector.industry(null));
    assertThrows(NullPointerException.class, () -> Sector.user("x", null));
  }

  @Test
  void sectorsSurviveJavaSerialization() throws Exception {
    assertSame(Sector.section('C'), PeriodTest.roundTrip(Sector.section('C')));
    assertSame(
        Sector.industry(Industry.PRIMARY), PeriodTest.roundTrip(Sector.industry(Industry.PRIMARY)));
    Sector user = Sector.user("工业经济", Sector.section('C'));
    assertEquals(user, PeriodTest.roundTrip(user));
  }

  private static List<String> codes(List<Sector> sectors) {
    return sectors.stream().map(Sector::code).collect(Collectors.toList());
  }

  private static void assertMessage(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
