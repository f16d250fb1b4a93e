package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void sentencesEndAtFullStopsAndLineBreaksButNotAtAWrappedLine() {
    String s = "粮食130亿斤。牛存栏362万头,\n同比增长12%\n完";
    int first = Sentences.end(s, 0);
    assertEquals('。', s.charAt(first));
    int second = Sentences.end(s, first + 1);
    assertEquals("牛存栏362万头,\n同比增长12%", s.substring(first + 1, second));
    assertEquals(s.length(), Sentences.end(s, second + 1));
  }

  @Test
  void clausesSplitAtSeparatorsButNotAtThousands() {
    String s = "收入1,532.4亿元,增长5%;其中:税收800亿元";
    List<Sentences.Clause> clauses = Sentences.clauses(s, 0, s.length());
    assertEquals(List.of("收入1,532.4亿元", "增长5%", "其中", "税收800亿元"),
        clauses.stream().map(c -> s.substring(c.start(), c.end())).toList());
  }
}
