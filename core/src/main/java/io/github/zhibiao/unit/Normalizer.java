package io.github.zhibiao.unit;

/**
 * One-to-one character normalisation for quantity text, so that error indexes stay valid for the
 * caller's text: fullwidth ASCII forms (０-９ ，．％ ＋－ ／) become ASCII, the ideographic space a
 * space, the dashes NFKC leaves alone (— – − ‐ ‑ ‒ ―) a hyphen-minus, 〜 a tilde, 〇 becomes 零,
 * and the traditional 萬 億 兩 點 負 頭 隻 噸 畝 個 戶 貳 陸 their simplified forms.
 */
final class Normalizer {
  private Normalizer() {}

  static String normalize(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && map(s.charAt(i)) == s.charAt(i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] out = s.toCharArray();
    for (; i < n; i++) {
      out[i] = map(out[i]);
    }
    return new String(out);
  }

  static char map(char c) {
    if (c < 0x2010) {
      return c;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '\u3000':
        return ' ';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
        return '-';
      case '\u301C':
        return '~';
      case '\u3007':
        return '零';
      case '萬':
        return '万';
      case '億':
        return '亿';
      case '兩':
        return '两';
      case '點':
        return '点';
      case '負':
        return '负';
      case '頭':
        return '头';
      case '隻':
        return '只';
      case '噸':
        return '吨';
      case '畝':
        return '亩';
      case '個':
        return '个';
      case '戶':
        return '户';
      case '貳':
        return '贰';
      case '陸':
        return '陆';
      case '\u30FB':
        return '·';
      default:
        return c;
    }
  }
}
