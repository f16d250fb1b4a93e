package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.UnitCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionScannerTest {
  private static List<Mention> scan(String text) {
    String s = new WebText(text).s;
    return MentionScanner.scan(s, 0, s.length(), UnitCatalog.builtIn()).mentions();
  }

  @Test
  void aFigureWrittenWithASpaceBeforeItsUnitKeepsItsMagnitude() {
    List<Mention> m = scan("地区生产总值1115.2 亿元");
    assertEquals(1, m.size());
    assertEquals(Quantity.parse("1115.2亿元"), m.get(0).quantity);
  }

  @Test
  void unitsOfTheExtendedCatalog() {
    assertEquals(Quantity.parse("28微克/立方米"), scan("PM2.5平均浓度为28微克/立方米").get(0).quantity);
    assertEquals(Quantity.parse("120万头只"), scan("生猪存栏120万头(只)").get(0).quantity);
    assertEquals(Quantity.parse("1200百羽"), scan("家禽存栏1200百羽").get(0).quantity);
    assertEquals(Quantity.parse("12.5亿美元"), scan("出口额12.5亿美元").get(0).quantity);
    assertEquals(Quantity.parse("20万匹"), scan("马存栏20万匹").get(0).quantity);
  }

  @Test
  void latinUnitSymbolsAfterAFigureOrAMagnitude() {
    String[][] read = {
      {"牛奶产量达到2 044.0万t,增长3%", "2044.0万吨"}, {"集装箱吞吐量611.67万TEU", "611.67万标准箱"},
      {"人均消费9.94kg", "9.94公斤"}, {"全社会用电量3.2亿kWh,", "3.2亿千瓦时"},
    };
    for (String[] r : read) {
      assertEquals(Quantity.parse(r[1]), scan(r[0]).get(0).quantity, r[0]);
    }
    assertEquals(List.of(), scan("建成5G基站1200座").stream().filter(x -> x.quantity != null
        && x.quantity.value().intValue() == 5).toList(), "5G stays a label");
    assertTrue(scan("新增4K超高清频道2个").stream().noneMatch(x -> x.quantity != null && x.quantity.value().intValue() == 4),
        "4K stays a label");
    assertTrue(scan("规格为12tb的硬盘").stream().noneMatch(x -> x.quantity != null), "a symbol only where the word ends");
  }

  @Test
  void aMultipleIsMarkedAndCounted() {
    Mention m = scan("出口额增长1.5倍").get(0);
    assertTrue(m.multiple);
    assertEquals(0, new java.math.BigDecimal("1.5").compareTo(m.quantity.value()));
  }

  @Test
  void yearsDatesAndLabelsAreNoNumbersButABareNumberIsCounted() {
    String s = "2023年4月底5G基站开通,12345热线";
    MentionScanner.Scan scan = MentionScanner.scan(s, 0, s.length(), UnitCatalog.builtIn());
    assertEquals(1, scan.numbers());
    assertNull(scan.mentions().get(0).quantity);
  }
}
