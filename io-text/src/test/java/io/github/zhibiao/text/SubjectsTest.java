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
  void aSectionNumberIsNoPartOfTheSubject() {
    assertEquals("粮食总产量", subjects.subject("一、全市粮食总产量").text());
    assertEquals("规模以上工业增加值", subjects.subject("(二)全县规模以上工业增加值").text());
    assertEquals("社会消费品零售总额", subjects.subject("3.全县社会消费品零售总额").text());
    assertEquals("外贸进出口总额", subjects.subject("④外贸进出口总额").text());
    assertEquals("十二五规划项目", subjects.subject("十二五规划项目").text(), "a numeral without 、 is a word");
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
  void verbsActingOnAMeasureComeOffItsHead() {
    assertEquals("涉农资金", subjects.clean("统筹涉农资金"));
    assertEquals("风险金", subjects.clean("注入风险金"));
    assertEquals("中央投资", subjects.clean("全年安排中央投资"));
    assertEquals("森林覆盖率", subjects.clean("使全省森林覆盖率达到"), "使, then the scope word");
    assertEquals("固定资产投资额", subjects.clean("上报完成固定资产投资额"), "上报, then 完成 before a measure");
    assertEquals("使用率", subjects.clean("使用率"));
    assertEquals("实现污水治理的建制村", subjects.clean("实现污水治理的建制村"), "实现 opening a relative clause stays");
    assertEquals("当年计划投资", subjects.clean("当年计划投资"), "当年 names the plan's year");
  }

  @Test
  void whatOnlyScopesASubjectGoes() {
    assertEquals("接待游客", subjects.clean("直报景区共接待游客"));
    assertEquals("接待游客", subjects.clean("云南共接待游客"));
    assertEquals("公共预算收入", subjects.clean("公共预算收入"), "共 inside 公共 is no total");
    assertEquals("城镇新增就业", subjects.clean("明年就业再就业工作目标是城镇新增就业"));
    assertEquals("平均优良天数比例", subjects.clean("京津冀及周边地区城市平均优良天数比例"));
    assertEquals("PM2.5平均浓度", subjects.clean("PM2.5平均浓度"), "an average of a measure, not over a set");
    assertEquals("肉蛋奶总产量", subjects.clean("肉蛋奶总产量可达"));
    assertEquals("规模以上亿元企业数", subjects.clean("今年1-6月份我市规模以上亿元企业数达"), "月份 is part of the period");
  }

  @Test
  void aLinkingVerbInsideASubjectIsCutOut() {
    assertEquals("规模以上服务业营业收入", Subjects.withoutInnerLink("规模以上服务业实现营业收入"));
    assertEquals("限上法人企业消费品零售额", Subjects.withoutInnerLink("限上法人企业完成消费品零售额"));
    assertEquals("规模以上企业产值", Subjects.withoutInnerLink("规模以上企业累计完成产值"));
    assertEquals("重点景区接待游客", Subjects.withoutInnerLink("重点景区累计接待游客"));
    assertEquals("街区接待游客", Subjects.withoutInnerLink("街区7天累计接待游客"));
    assertEquals("会址接待游客", Subjects.withoutInnerLink("会址1日接待游客"));
    assertEquals("接待游客", Subjects.withoutInnerLink("累计接待游客"));
    assertEquals("当月完成产值", Subjects.withoutInnerLink("当月完成产值"), "after a period word the verb stays");
    assertEquals("电源工程完成投资", Subjects.withoutInnerLink("电源工程完成投资"), "完成投资 is an activity");
    assertEquals("通过公共网络实现的商品销售额", Subjects.withoutInnerLink("通过公共网络实现的商品销售额"));
  }

  @Test
  void aShareWrittenIntoItsSubjectWithoutBizhongSplits() {
    Subjects.OwnShare share = Subjects.plainShare("乡村旅游接待量占全县假日旅游接待总人数");
    assertEquals(new Subjects.OwnShare("乡村旅游接待量", "全县假日旅游接待总人数"), share);
    assertEquals(new Subjects.OwnShare("园区规模工业增加值总量", "全市规模工业"), Subjects.plainShare("园区规模工业增加值总量占全市规模工业的"));
    assertEquals(null, Subjects.plainShare("第三产业增加值占GDP的比重"), "with 比重 the subject stays whole");
    assertEquals(null, Subjects.plainShare("产业投资占全县投资比重"));
  }

  @Test
  void statusWordsGiveTheStatus() {
    assertEquals(Status.ESTIMATED, subjects.subject("蔬菜产量预计").status());
    assertEquals(Status.PROVISIONAL, subjects.subject("初步核实粮食产量").status());
    assertEquals("蔬菜产量", subjects.subject("蔬菜产量预计达").text());
  }
}
