package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12: Chinese counting numbers in rankings are read right or refused, never run together. */
class RankingNumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"第一位, 1", "第九位, 9", "第十位, 10", "第十一位, 11", "第二十位, 20", "第二十一位, 21",
      "第九十九位, 99", "第两位, 2"})
  void readsPositionsFromOneToNinetyNine(String text, int position) {
    assertEquals(Ranking.position(position), Ranking.parse(text));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"前十强, 10", "前二十名, 20", "前五位, 5"})
  void readsTopN(String text, int n) {
    assertEquals(Ranking.topN(n), Ranking.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"第十一十二位", "第三五位", "第十十位", "第一百位", "第二十二十位", "第一二位", "前十一十二强"})
  void refusesRunTogetherAndLargerNumerals(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ranking.parse(text));
    assertTrue(e.getMessage().contains(text), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"3/1234567", "第3位/99999999999999999999"})
  void refusesPeerCountsOfMoreThanSixDigits(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ranking.parse(text));
    assertTrue(e.getMessage().contains("implausible number"), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"垃圾首位", "垃圾首位/12", "很好前列", "全区全国3", "居居3", "首位首位", "第3位位", "3/12/12", "头把交椅x",
      "前列前列", "全区", "居", "一二三"})
  void refusesTextAroundARanking(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ranking.parse(text));
    assertEquals(io.github.zhibiao.ZhibiaoException.class, e.getClass(), "not a NumberFormatException");
    assertTrue(e.getMessage().contains(text), e::getMessage);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"全区排名第3位, 全区3", "位居全国首位/12, 全国首位/12", "处于全区前列, 全区前列", "名列全市前10强, 全市前10",
      "稳居全旗首位, 全旗首位", "头把交椅, 首位"})
  void readsAVerbAScopeWordAndASecondVerb(String text, String canonical) {
    assertEquals(canonical, Ranking.parse(text).toString());
  }
}
