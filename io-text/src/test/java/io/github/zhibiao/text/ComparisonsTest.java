package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  @Test
  void aLevelFromOneYearToAnotherIsTwoFactsAndTheChangeIsAgainstTheFirstYear() {
    List<ExtractedFact> f = facts("全市蔬菜产量由2015年的80万吨增加到2020年的120万吨,增长50%。");
    assertEquals(2, f.size(), f.toString());
    Observation first = f.get(0).observation();
    Observation second = f.get(1).observation();
    assertEquals("蔬菜产量", f.get(0).subject());
    assertEquals("蔬菜产量", f.get(1).subject());
    assertEquals(Period.year(2015), first.period());
    assertEquals(Quantity.parse("80万吨"), first.value());
    assertEquals(Period.year(2020), second.period());
    assertEquals(Optional.of(Change.against(Quantity.parse("50%"), "2015年")), second.change());
    assertEquals(Optional.empty(), first.change());
  }

  @Test
  void aStockFromOneYearToAnotherIsReadAtEachYearsEnd() {
    List<ExtractedFact> f = facts("全县奶牛存栏由2018年末的6.1万头发展到2022年末的9.4万头。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Period.instant(LocalDate.of(2018, 12, 31)), f.get(0).observation().period());
    assertEquals(Period.instant(LocalDate.of(2022, 12, 31)), f.get(1).observation().period());
  }

  @Test
  void aLevelNamedAsTheBasisIsAFactOfItsYearAndTheChangeGoesOnTheFigureInFocus() {
    List<ExtractedFact> f = facts("2020年全市奶牛存栏12.6万头,比2015年的8.2万头增长了53.7%。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Quantity.parse("12.6万头"), f.get(0).observation().value());
    assertEquals(Optional.of(Change.against(Quantity.parse("53.7%"), "2015年")), f.get(0).observation().change());
    assertEquals(Period.instant(LocalDate.of(2015, 12, 31)), f.get(1).observation().period());
    assertEquals("奶牛存栏", f.get(1).subject());
  }

  @Test
  void lastYearsLevelNamedAgainIsLastYearsFactAndTheChangeStaysYearOnYear() {
    List<ExtractedFact> f = facts("2021年全乡人均纯收入为1996元,比上年人均纯收入1848元增长8%。");
    assertEquals(2, f.size(), f.toString());
    assertEquals("人均纯收入", f.get(0).subject());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("8%"))), f.get(0).observation().change());
    assertEquals(Period.year(2020), f.get(1).observation().period());
    assertEquals(Quantity.parse("1848元"), f.get(1).observation().value());
  }

  @Test
  void anAbsoluteChangeAgainstLastYearIsNoEarlierLevel() {
    List<ExtractedFact> f = facts("全市粮食产量130亿斤,比上年增加5亿斤,增长4%。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("4%"))), f.get(0).observation().change());
  }
}
