package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.report.Quote;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The sentence each fact was read from, for a report of findings. */
class QuotesTest {
  static final String TEXT = "全年接待游客约3000万人次！截至6月末,全市牛存栏362.2万头,同比增长12.08%,居全区第二。\n羊存栏1423.4万只";

  @Test
  void eachFactGetsItsSentenceWithItsSpanMarked() {
    Extraction e = TextExtractor.create().extract(TEXT, ExtractionContext.of(Region.CHIFENG, 2023));
    Function<io.github.zhibiao.model.Observation, Optional<Quote>> quotes = e.quotes(TEXT);
    ExtractedFact cattle = e.facts().stream().filter(f -> f.subject().contains("牛存栏")).findFirst().orElseThrow();
    Quote q = quotes.apply(cattle.observation()).orElseThrow();
    assertEquals("截至6月末,全市牛存栏362.2万头,同比增长12.08%,居全区第二。", q.sentence());
    assertEquals(cattle.text(), q.figure());
    ExtractedFact sheep = e.facts().stream().filter(f -> f.subject().contains("羊存栏")).findFirst().orElseThrow();
    assertEquals("羊存栏1423.4万只", quotes.apply(sheep.observation()).orElseThrow().sentence(),
        "a sentence at the end of the text without its 。");
    assertEquals(Optional.empty(), quotes.apply(io.github.zhibiao.model.Observation.of(cattle.observation().indicator(),
        Region.CHIFENG, io.github.zhibiao.model.Period.parse("2020"), cattle.observation().value())));
  }

  @Test
  void anotherTextIsRefused() {
    Extraction e = TextExtractor.create().extract(TEXT, ExtractionContext.of(Region.CHIFENG, 2023));
    assertThrows(IllegalArgumentException.class, () -> e.quotes("牛存栏"));
  }
}
