package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import org.junit.jupiter.api.Test;

class SubjectsTest {
  private final ExtractionContext ctx = ExtractionContext.of(Region.CHIFENG, 2023);
  private final Subjects subjects = new Subjects(new RegionNames(ctx.regions(), ctx.region()));

  @Test
  void leadWordsPeriodsAndRegionsGoAndTheRegionIsKept() {
    Subjects.Lead lead = subjects.subject("其中2023年敖汉旗粮食总产量达到");
    assertEquals("粮食总产量", lead.text());
    assertEquals("敖汉旗", lead.region().name());
  }

  @Test
  void attributionsDatelinesAndLinkingVerbsNeverStartASubject() {
    assertEquals("粮食总产量", subjects.clean("据国家统计局数据显示全市粮食总产量"));
    assertEquals("粮食总产量", subjects.clean("新华社呼和浩特1月5日电(记者张三)全区粮食总产量"));
    assertEquals("粮食总产量", subjects.clean("统计数据显示粮食总产量"));
    assertEquals("社会消费品零售总额", subjects.clean("达到社会消费品零售总额"));
    assertEquals("在建重点项目", subjects.clean("在建重点项目"));
    assertEquals("项目", subjects.clean("在项目"));
  }

  @Test
  void wanchengLinksAMeasureToItsFigureButNamesAnActivity() {
    assertEquals("一般公共预算收入", subjects.clean("全县完成一般公共预算收入"));
    assertEquals("出口交货值", subjects.clean("完成出口交货值"));
    assertEquals("国土绿化任务", subjects.clean("完成国土绿化任务"));
    assertEquals("营造林", subjects.clean("累计完成营造林"));
    assertEquals("完成防沙治沙", subjects.clean("完成防沙治沙"), "an activity keeps its verb (seed gold)");
    assertEquals("完成造林绿化面积", subjects.clean("完成造林绿化面积"));
    assertEquals("完成投资", subjects.clean("完成投资"));
    assertEquals("累计建成5G基站", subjects.clean("累计建成5G基站"), "累计 before another verb stays");
  }

  @Test
  void statusWordsGiveTheStatus() {
    assertEquals(Status.ESTIMATED, subjects.subject("蔬菜产量预计").status());
    assertEquals(Status.PROVISIONAL, subjects.subject("初步核实粮食产量").status());
    assertEquals("蔬菜产量", subjects.subject("蔬菜产量预计达").text());
  }
}
