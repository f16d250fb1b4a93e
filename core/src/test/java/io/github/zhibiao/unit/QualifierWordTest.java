package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/** Qualifier words are one vocabulary, and a quantity keeps the word it was read with. */
class QualifierWordTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "800余座, MORE_THAN, 余", "400多万人, MORE_THAN, 多", "超800座, MORE_THAN, 超", "逾100亿元, MORE_THAN, 逾",
    "突破1000亿元, MORE_THAN, 突破", "30万吨以上, AT_LEAST, 以上", "约3.5万人, APPROXIMATE, 约",
    "近5万人, LESS_THAN, 近", "3.2%以内, AT_MOST, 以内", "3.5万人左右, APPROXIMATE, 左右", "不足10%, LESS_THAN, 不足",
  })
  void theWordReadIsWrittenBack(String text, Qualifier qualifier, String word) {
    Quantity q = Quantity.parse(text);
    assertEquals(qualifier, q.qualifier());
    assertEquals(word, q.qualifierWord());
    assertEquals(text, q.toString());
    assertEquals(text, QuantityFormat.report().format(q));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"800余座, 800余", "超800座, 超800", "30万吨以上, 30以上", "约3.5万人, 约3.5", "3.2%以内, 3.2以内", "130亿斤, 130"})
  void theNumberTextIsTheCellOfAColumnThatNamesTheUnit(String text, String cell) {
    Quantity q = Quantity.parse(text);
    assertEquals(cell, q.numberText());
    Quantity back = Quantity.parse(cell);
    assertEquals(q.qualifier(), back.qualifier());
    assertEquals(q.qualifierWord(), back.qualifierWord());
    assertEquals(0, q.value().compareTo(back.value()));
  }

  @Test
  void theWordPlaysNoPartInEqualityAndSurvivesConversion() {
    Quantity yu = Quantity.parse("800余座");
    Quantity chao = Quantity.parse("超800座");
    assertEquals(yu, chao);
    assertEquals(yu.hashCode(), chao.hashCode());
    assertEquals("余", Quantity.parse("2.5余万亩").to(Units.of("亩")).qualifierWord());
    // negation mirrors the qualifier, so the word cannot stay
    assertEquals("不足", yu.negate().qualifierWord());
  }

  @Test
  void aQualifierMadeWithoutAWordHasTheCanonicalOne() {
    assertEquals("超", Quantity.parse("800座").withQualifier(Qualifier.MORE_THAN).qualifierWord());
    assertEquals("以上", Quantity.parse("30万吨").withQualifier(Qualifier.AT_LEAST).qualifierWord());
    assertEquals("", Quantity.parse("30万吨").qualifierWord());
  }

  @Test
  void parseReadsConstantNamesAndWordsAndRefusesTheRest() {
    assertEquals(Qualifier.MORE_THAN, Qualifier.parse(" more_than "));
    assertEquals(Qualifier.MORE_THAN, Qualifier.parse("余"));
    assertEquals(Qualifier.AT_MOST, Qualifier.parse("以内"));
    QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Qualifier.parse("MORE_THEN"));
    assertTrue(e.getMessage().contains("MORE_THEN") && e.getMessage().contains("MORE_THAN"), e.getMessage());
    assertThrows(QuantityFormatException.class, () -> Quantity.parse("800座").withQualifierWord("很多"));
  }

  @Test
  void everyWordRoundTripsOnGeneratedQuantities() {
    List<String> words = new ArrayList<>();
    for (Qualifier q : Qualifier.values()) {
      words.addAll(q.words());
    }
    assertEquals(25, words.size());
    qt().withExamples(5_000)
        .forAll(UnitProperties.decimals(), Generate.pick(List.of("万亩", "座", "亿元", "%", "万人", "吨")),
            Generate.pick(words))
        .check((v, unit, word) -> {
          Quantity q = Quantity.of(v.abs(), Units.of(unit)).withQualifierWord(word);
          Quantity back = Quantity.parse(q.toString());
          return back.equals(q) && back.qualifierWord().equals(word) && back.value().scale() == q.value().scale();
        });
  }

  @Test
  void wordsOfDifferentMeaningsAreNotEqual() {
    assertNotEquals(Quantity.parse("近5万人"), Quantity.parse("约5万人"));
  }
}
