package io.github.zhibiao.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The NBS reader's codes: the text of each string token, one instance per distinct text while the table has room. */
class CodeTableTest {

  private static List<String> read(CodeTable table, String json) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          out.add(table.get(p));
        }
      }
    }
    return out;
  }

  @Test
  void repeatedCodesAreOneInstanceAndEveryTextIsKept() {
    CodeTable t = new CodeTable();
    List<String> codes = read(t, "[\"A020101\", \"110000\", \"2023\", \"A020101\", \"\", \"地区\\u00e9\", \"2023\", \"\"]");
    assertEquals(List.of("A020101", "110000", "2023", "A020101", "", "地区é", "2023", ""), codes);
    assertSame(codes.get(0), codes.get(3));
    assertSame(codes.get(2), codes.get(6));
    assertSame(codes.get(4), codes.get(7));
  }

  @Test
  void pastItsLimitTheTableStillGivesTheRightTexts() {
    CodeTable t = new CodeTable();
    StringBuilder json = new StringBuilder("[");
    int n = CodeTable.LIMIT + 500;
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("\"C").append(i).append('"');
    }
    json.append(",\"C1\",\"C").append(n - 1).append("\"]");
    List<String> codes = read(t, json.toString());
    for (int i = 0; i < n; i++) {
      assertEquals("C" + i, codes.get(i));
    }
    assertSame(codes.get(1), codes.get(n), "a code taken in before the limit stays one instance");
    assertEquals("C" + (n - 1), codes.get(n + 1));
    assertNotSame(codes.get(n - 1), codes.get(n + 1), "a code past the limit is made anew each time");
  }

  @Test
  void aTokenIsComparedWithATextOnItsCharacters() {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), "[\"reg\", \"re\", \"regs\"]")) {
      p.nextToken();
      p.nextToken();
      assertTrue(CodeTable.is(p, "reg"));
      assertFalse(CodeTable.is(p, "sj"));
      p.nextToken();
      assertFalse(CodeTable.is(p, "reg"));
      p.nextToken();
      assertFalse(CodeTable.is(p, "reg"));
    }
  }
}
