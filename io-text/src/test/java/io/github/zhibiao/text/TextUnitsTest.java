package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Prose reads the units of the catalog it is given: the built-in one has every unit, a user's adds more. */
class TextUnitsTest {
  private static final TextExtractor EXTRACTOR = TextExtractor.create();
  private static final ExtractionContext CHIFENG_2023 = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text, ExtractionContext context) {
    return EXTRACTOR.extract(text, context).facts();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "全市新建充电桩3000台。            | 3000台",
    "全市新建充电桩3000个。            | 3000个",
    "全年发放贷款1.2万笔。             | 1.2万笔",
    "家禽存栏1250万羽。                | 1250万羽",
    "机场旅客吞吐量完成5.6万架次。      | 5.6万架次",
    "港口集装箱吞吐量完成35万标准箱。    | 35万标准箱",
    "货物周转量完成186.5亿吨公里。      | 186.5亿吨公里",
    "全社会用电量完成123.4亿千瓦时。     | 123.4亿千瓦时",
    "规模以上工业能耗下降至560万吨标准煤。| 560万吨标准煤",
    "外贸进出口总额达到12.3亿美元。      | 12.3亿美元",
    "新增光伏装机容量300兆瓦。          | 300兆瓦",
    "马存栏12.5万匹。                  | 12.5万匹",
  })
  void everyCatalogUnitMakesAFact(String sentence, String value) {
    List<ExtractedFact> facts = facts(sentence, CHIFENG_2023);
    assertEquals(1, facts.size(), () -> sentence + " gave " + facts);
    assertEquals(Quantity.parse(value), facts.get(0).observation().value());
  }

  @Test
  void aUsersUnitIsReadOnlyWithTheirCatalog() {
    String sentence = "全年收购粮食3.5万担。";
    assertTrue(facts(sentence, CHIFENG_2023).isEmpty(), "担 is not a built-in unit");
    UnitCatalog mine = UnitCatalog.builtIn().with(Unit.of("担", "dan", Dimension.MASS, Rational.of(50)));
    List<ExtractedFact> facts = facts(sentence, CHIFENG_2023.withUnits(mine));
    assertEquals(1, facts.size(), facts::toString);
    assertEquals(Quantity.parse("3.5万担", mine), facts.get(0).observation().value());
    assertEquals(mine, CHIFENG_2023.withUnits(mine).units());
  }
}
