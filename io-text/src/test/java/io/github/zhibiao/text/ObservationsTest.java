package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.unit.Quantity;
import org.junit.jupiter.api.Test;

class ObservationsTest {
  private static Draft draft(String subject, String figure) {
    Draft d = new Draft();
    d.subject = subject;
    d.value = Quantity.parse(figure);
    return d;
  }

  @Test
  void theKindComesFromTheWordsTheUnitAndTheList() {
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("牛存栏", "362万头")));
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("粮食总产量", "130亿斤")));
    assertEquals(IndicatorKind.RATE, Observations.kind(draft("秸秆综合利用率", "91.1%")));
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("专精特新企业", "30家")), "counts of enterprises");
    Draft head = draft("拥有国家级企业", "2家");
    head.stockCue = true;
    Draft item = draft("自治区级企业", "5项");
    item.listHead = head;
    assertEquals(IndicatorKind.STOCK, Observations.kind(item), "a list shares its verb");
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("新增发电装机容量", "1.7亿千瓦")), "新增 beats 装机");
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("发电装机容量", "1.7亿千瓦")));
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("在建项目", "194个")), "a count of a state");
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("在建项目完成投资", "1434.9亿元")), "what they did");
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("地区生产总值", "19.5亿元")));
  }

  @Test
  void countsOfPlacesAndHerdsAreStocksAndSoIsWhatIsComparedWithLastYearsEnd() {
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("奶牛场", "142个")));
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("实现垃圾有效治理的建制村", "899个")), "the verb is the relative clause's");
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("新建乡镇养老服务中心", "62处")), "made over the period");
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("项目开工建设", "175个")), "projects are no places");
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("可繁母牛", "12.05万头")));
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("存养祖代肉种鸡", "48万套")));
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("出栏", "65万头")));
    assertEquals(IndicatorKind.FLOW, Observations.kind(draft("肉牛饲养量", "182万头")));
    assertEquals(IndicatorKind.STOCK, Observations.kind(draft("在库统计投资项目数", "187个")), "a state, though the things are investments");
    Draft roads = draft("邮政邮路总条数", "2.5万条");
    assertEquals(IndicatorKind.FLOW, Observations.kind(roads));
    roads.changeText = "比上年末增加1352条";
    assertEquals(IndicatorKind.STOCK, Observations.kind(roads));
  }

  @Test
  void codesAreStableHashesOfNameKindAndDimension() {
    assertEquals(Observations.code("粮食总产量|FLOW|MASS"), Observations.code("粮食总产量|FLOW|MASS"));
    assertNotEquals(Observations.code("粮食总产量|FLOW|MASS"), Observations.code("粮食总产量|STOCK|MASS"));
    assertEquals(9, Observations.code("x").length());
  }
}
