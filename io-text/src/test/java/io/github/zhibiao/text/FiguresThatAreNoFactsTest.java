package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 round 5, precision: figures that are no facts of their own (the set a rate is over, a count governed
 * by 据 or 占), changes written with one character (增, 降) or as 扩大 after a basis, a stray space before a
 * grouped figure, and a plan figure in brackets. Sentences written for the test.
 */
class FiguresThatAreNoFactsTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  private static List<String> values(String text) {
    return facts(text).stream().map(f -> f.subject() + "=" + f.observation().value()).toList();
  }

  @Test
  void aCountBeforeTheNounOfARateIsTheSetTheRateIsOver() {
    assertEquals(List.of("地级以上城市达标比例=40.9%", "环保城市达标比例=23.9%"),
        values("去年125个地级以上城市达标比例为40.9%,33个环保城市达标比例为23.9%。"));
    assertEquals(List.of("主产区粮食产量=78%"), values("今年13个主产区粮食产量占全国粮食总产量的78%。"));
    // a count whose noun is followed by a level, not a rate, stays a fact of its own
    assertEquals(2, facts("全市175个在建项目完成投资50亿元。").size());
  }

  @Test
  void aCountGovernedByAnAttributionOrAShareIsNoFact() {
    assertEquals(List.of("产值=15.2亿元"), values("据40家重点企业旬报数据显示,产值15.2亿元。"));
    // the count inside a share's whole is no fact (the share after it is not read yet: its window starts after 60家)
    assertEquals(List.of("达标企业=52家"), values("达标企业达52家,占60家调查企业的比重较高。"));
  }

  @Test
  void aChangeWrittenWithOneCharacterOrAsAnExtensionIsAChange() {
    List<ExtractedFact> f = facts("年末全市生猪存栏387.5万头,增35.0%。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("35.0%"))), f.get(0).observation().change());
    List<ExtractedFact> g = facts("全市夏粮播种面积为275千公顷,同比降1.5%。");
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("-1.5%"))), g.get(0).observation().change());
    List<ExtractedFact> h = facts("全市夏粮播种面积为2755千公顷,比上年扩大11千公顷,增长0.4%。");
    assertEquals(1, h.size(), h.toString());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("0.4%"))), h.get(0).observation().change());
    // 新增 stays the verb of a level
    assertEquals(List.of("新增就业=2.5万人"), values("全年新增就业2.5万人。"));
  }

  @Test
  void theLengthOfAStreakAndRatiosToEarlierLevelsAreNoFacts() {
    assertEquals(List.of("新签约项目=293个"), values("全市上半年新签约项目293个,连续两次排名进入全省第一方阵,连续3次获评先进。"));
    List<ExtractedFact> f = facts("2023年全市出栏生猪561.4万头,增长15.7%,为2020年的85.3%。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Optional.of("为2020年的85.3%"), f.get(0).observation().note());
    List<ExtractedFact> g = facts("近3年,全市共争取林业投入15.15亿元,与“十三五”期间相比年均增长12.24%。");
    assertEquals(1, g.size(), g.toString());
    assertEquals(Quantity.parse("15.15亿元"), g.get(0).observation().value());
  }

  @Test
  void aListOfComparisonsInPointsIsANoteEvenWhenItsFirstItemsLeaveOutBaifendian() {
    List<ExtractedFact> f = facts("全市社会消费品零售总额454.3亿元,同比下降8.2%,降幅比上半年、一季度分别收窄3.6个、8.6个百分点。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Optional.of("降幅比上半年、一季度分别收窄3.6个、8.6个百分点"), f.get(0).observation().note());
    // counts in a list stay counts
    List<ExtractedFact> g = facts("全市新建养老服务站3个、村级服务点5个。");
    assertEquals(Quantity.parse("3个"), g.get(0).observation().value());
  }

  @Test
  void aStraySpaceBeforeAGroupedFigureIsNoSeparator() {
    assertEquals(Quantity.parse("30072.1万只"), facts("全市羊存栏量为 30 072.1万只。").get(0).observation().value());
    assertEquals("为30072.1万只", new WebText("为 30 072.1万只").s);
    assertEquals("共12 34个", new WebText("共 12 34个").s);
  }

  @Test
  void aPlanFigureInBracketsIsTheBudgetOfTheFigureBeforeIt() {
    List<ExtractedFact> f = facts("全市新增农村劳动力转移就业11.2万人,完成年度计划(12万人)的93.3%。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Optional.of(Quantity.parse("93.3%")), f.get(0).observation().planCompletion());
    assertEquals(Quantity.parse("12万人"), f.get(1).observation().value());
    // a bare magnitude (120万) is no ratio: it is the plan figure as written, never the completion
    List<ExtractedFact> g = facts("全市新增农村劳动力转移就业115.2万人,完成年度计划(120万)的95.8%,同比增长2.5%。");
    assertEquals(2, g.size(), g.toString());
    assertEquals(Optional.of(Quantity.parse("95.8%")), g.get(0).observation().planCompletion());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("2.5%"))), g.get(0).observation().change());
    assertEquals(Quantity.parse("120万"), g.get(1).observation().value());
  }
}
