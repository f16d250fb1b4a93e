package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 round 5, shares: 占…比重的 (the whole without 比重), 占比 after a part stated under 其中 (the whole is the
 * figure before 其中), and the share's change in points (占比较上年上升…个百分点). Sentences written for the test.
 */
class ShareFieldsTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  @Test
  void aWholeWrittenWithItsWordOfShareBeforeDeIsTheWholeAlone() {
    List<ExtractedFact> f = facts("全市出口42.7亿美元,同比增长16%,占全区出口比重的27.4%。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Optional.of(Share.of(Quantity.parse("27.4%"), "全区出口")), f.get(0).observation().share());
  }

  @Test
  void aShareNamingNoWholeAfterQizhongIsOfTheFigureBeforeQizhong() {
    List<ExtractedFact> f = facts("全市签约招商项目216个,总投资173.9亿元,其中亿元以上项目115个,占比53.2%。");
    assertEquals(3, f.size(), f.toString());
    assertEquals(Optional.of(Share.of(Quantity.parse("53.2%"), "签约招商项目")), f.get(2).observation().share());
    // without 其中 and without a share before, 占比 names no whole that could be known: no share
    List<ExtractedFact> g = facts("全市亿元以上项目115个,占比53.2%。");
    assertEquals(Optional.empty(), g.get(0).observation().share());
  }

  @Test
  void theChangeOfAShareInPointsIsTheChangeOfTheShare() {
    List<ExtractedFact> f = facts("全市机场旅客吞吐量占全区机场旅客吞吐量的21.3%,占比较上年上升2.5个百分点。");
    assertEquals(1, f.size(), f.toString());
    ExtractedFact share = f.get(0);
    assertEquals(Quantity.parse("21.3%"), share.observation().value());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("2.5个百分点"))), share.observation().change());
    List<ExtractedFact> g = facts("全市机场旅客吞吐量占全区机场旅客吞吐量的7.0%,占比较上年下降6.8个百分点。");
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("-6.8个百分点"))), g.get(0).observation().change());
  }
}
