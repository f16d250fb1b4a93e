package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListsTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  private static List<String> subjects(String text) {
    return facts(text).stream().map(ExtractedFact::subject).toList();
  }

  private static List<String> items(String list) {
    List<String> out = new ArrayList<>();
    for (int[] it : Drafting.items(list, 0)) {
      out.add(list.substring(it[0], it[1]));
    }
    return out;
  }

  @Test
  void withACommaInTheListOnlyItsLastTwoItemsAreJoinedByHe() {
    assertEquals(List.of("服装及衣着附件", "塑料制品", "鞋靴"), items("服装及衣着附件、塑料制品、鞋靴"));
    assertEquals(List.of("电工器材", "汽车及其零配件", "通用机械设备"), items("电工器材、汽车及其零配件、通用机械设备"));
    assertEquals(List.of("农药", "化肥", "种子"), items("农药、化肥和种子"));
    assertEquals(List.of("秸秆综合利用率", "地膜回收率"), items("秸秆综合利用率和地膜回收率"));
    assertEquals(List.of("汽车及其零配件"), items("汽车及其零配件"), "及其 never splits");
  }

  @Test
  void aCountInAppositionNamingTheItemsKindIsNoItem() {
    assertEquals("小三峡、巫峡", Lists.withoutApposition("小三峡、巫峡两大核心景区", 2));
    assertEquals("A馆、B馆、C馆", Lists.withoutApposition("A馆、B馆、C馆3个场馆", 3));
    assertEquals("小三峡、巫峡三大景区", Lists.withoutApposition("小三峡、巫峡三大景区", 2), "a count that is not theirs stays");
  }

  @Test
  void shortLeadingItemsShareTheLastItemsTail() {
    List<String> names = new ArrayList<>(List.of("农药", "化肥施用量"));
    Lists.expandShortItems(names);
    assertEquals(List.of("农药施用量", "化肥施用量"), names);
    List<String> long1 = new ArrayList<>(List.of("专精特新中小企业", "创新型中小企业"));
    Lists.expandShortItems(long1);
    assertEquals(List.of("专精特新中小企业", "创新型中小企业"), long1);
  }

  @Test
  void theMeasureAfterFenbieIsAppendedToEachItem() {
    List<ExtractedFact> f = facts("其中,电工器材、汽车及其零配件、通用机械设备分别出口636.6亿、621.9亿、200.4亿元。");
    assertEquals(List.of("电工器材出口", "汽车及其零配件出口", "通用机械设备出口"), f.stream().map(ExtractedFact::subject).toList());
    assertEquals(Quantity.parse("636.6亿元"), f.get(0).observation().value(), "a magnitude alone takes the list's unit");
    assertEquals(List.of("小三峡接待", "巫峡接待"), subjects("小三峡、巫峡两大核心景区分别接待6.68万人、6.47万人。"));
    assertEquals(List.of("专精特新中小企业", "创新型中小企业"), subjects("专精特新中小企业、创新型中小企业分别增加至30家、45家。"),
        "a linking verb after 分别 is no measure");
  }

  @Test
  void aBareNumberInAListTakesTheListsUnit() {
    List<ExtractedFact> f = facts("第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Quantity.parse("-2.16百分点"), f.get(0).observation().value());
    assertEquals("第二产业占地区生产总值的比重", f.get(0).subject());
  }

  @Test
  void changesListedAfterAListOfLevelsGoToThoseLevelsInOrder() {
    List<ExtractedFact> f = facts("全市接待游客1002.85万人次,旅游总收入42.6亿元,分别比上年同期增长11.9%和18.86%。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("11.9%"))), f.get(0).observation().change());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("18.86%"))), f.get(1).observation().change());
    List<ExtractedFact> g = facts("其中,夏粮和早稻产量分别为2948.1亿斤和562.5亿斤,比上年增加28.9亿斤和2.1亿斤。");
    assertEquals(List.of("夏粮产量", "早稻产量"), g.stream().map(ExtractedFact::subject).toList());
    assertEquals(Quantity.parse("28.9亿斤"), g.get(0).observation().change().orElseThrow().amount());
    assertEquals(Quantity.parse("2.1亿斤"), g.get(1).observation().change().orElseThrow().amount());
    List<ExtractedFact> h = facts("电工器材、鞋靴分别出口636.6亿、200.4亿元,分别增长27.7%、-0.4%。");
    assertEquals(Quantity.parse("27.7%"), h.get(0).observation().change().orElseThrow().amount());
    assertEquals(Quantity.parse("-0.4%"), h.get(1).observation().change().orElseThrow().amount());
  }

  @Test
  void completionsListedAfterLevelsGoToTheLevelsOfTheLastFiguresDimension() {
    List<ExtractedFact> f = facts("6个甲项目完成投资93.3亿元,54个乙项目完成投资268.1亿元,分别占计划的102.4%、80.8%。");
    List<ExtractedFact> invested = f.stream().filter(x -> x.subject().endsWith("完成投资")).toList();
    assertEquals(2, invested.size(), f.toString());
    assertEquals(Optional.of(Quantity.parse("102.4%")), invested.get(0).observation().planCompletion());
    assertEquals(Optional.of(Quantity.parse("80.8%")), invested.get(1).observation().planCompletion());
  }

  @Test
  void changesThatDoNotMatchTheLevelsBeforeAreNotDistributed() {
    List<ExtractedFact> f = facts("全市接待游客1002.85万人次,分别比上年同期增长11.9%和18.86%。");
    Observation visitors = f.get(0).observation();
    assertEquals(Quantity.parse("1002.85万人次"), visitors.value());
    assertEquals(false, visitors.change().map(c -> c.amount().equals(Quantity.parse("18.86%"))).orElse(false),
        "two changes, one level: the second is not the level's");
  }
}
