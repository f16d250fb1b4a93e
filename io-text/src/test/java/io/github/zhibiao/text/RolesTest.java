package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import org.junit.jupiter.api.Test;

class RolesTest {
  private final Roles roles = new Roles(ExtractionContext.of(Region.CHIFENG, 2023));

  @Test
  void planCompletionInItsPhrasings() {
    for (String pre : new String[] {"完成年度计划的", "完成全年目标数的", "为年计划的", "完成年度计划开工的", "完成年度目标任务的",
        "占年初预算数的", "完成考核目标的"}) {
      assertTrue(Roles.isPlan(pre), pre);
    }
    assertFalse(Roles.isPlan("占全区总任务的"), "a share of the whole task");
    assertFalse(Roles.isPlan("同比增长"));
  }

  @Test
  void sharesNameTheirWhole() {
    String pre = "占全区总任务的";
    Roles.ShareCue cue = Roles.share(pre);
    assertEquals("全区总任务", pre.substring(cue.wholeStart(), cue.wholeEnd()));
  }

  @Test
  void changesAndTheirBases() {
    Quantity q = Quantity.parse("11.8%");
    assertEquals(Change.yearOnYear(q), roles.change("与上年相比增幅达到", q, true).change());
    assertEquals(Change.yearOnYear(q.negate()), roles.change("同比下降", q, true).change());
    assertEquals(Change.yearOnYear(q), roles.change("比2022年增长", q, true).change());
    assertEquals(Change.against(q, "2021年"), roles.change("比2021年增长", q, true).change());
    assertNull(roles.change("全市粮食总产量", q, true));
  }

  @Test
  void multiplesAsCoresGrowthReadsThem() {
    Quantity times = Quantity.parse("1.5");
    assertEquals(Change.yearOnYear(Quantity.parse("150%")), roles.multipleChange("出口额增长", times).change());
    assertEquals(Change.yearOnYear(Quantity.parse("50%")), roles.multipleChange("出口额增长到", times).change());
    assertNull(roles.multipleChange("相当于上年的", times), "a ratio no growth verb governs");
  }
}
