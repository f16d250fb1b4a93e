package io.github.zhibiao.text;

import io.github.zhibiao.model.AmbiguousRegionException;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import java.util.regex.Matcher;

/**
 * The subjects stage: cuts the phrase before a figure down to its subject. From the front it takes
 * connectors (其中, 同时), period phrases (2023年, 前11个月), region words and full region names (全市,
 * 敖汉旗: the region is kept), status words (预计, 初步); from the end linking verbs and qualifier
 * words (达到, 为, 以). What it took is returned beside the subject, never through out-parameters.
 */
final class Subjects {
  /** A cleaned phrase: the text left, the region named at its head (or null), the status word's status. */
  record Lead(String text, Region region, String ambiguity, Status status) {
    boolean ambiguous() {
      return region == RegionNames.AMBIGUOUS;
    }
  }

  private final RegionNames regionNames;

  Subjects(RegionNames regionNames) {
    this.regionNames = regionNames;
  }

  /** The subject of the phrase {@code text}: the lead cleaned, then the trail stripped. */
  Lead subject(String text) {
    Lead lead = lead(text);
    Status status = lead.status();
    String t = lead.text();
    Trail trail = trail(t);
    if (trail.status() != Status.NORMAL) {
      status = trail.status();
    }
    return new Lead(trail.text(), lead.region(), lead.ambiguity(), status);
  }

  /** Strips connectors, period phrases, region words and status words from the front. */
  Lead lead(String text) {
    String t = text.strip();
    Region region = null;
    String ambiguity = null;
    Status status = Status.NORMAL;
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      boolean word = startsWithAny(t, Cues.NOT_LEAD);
      for (String w : Cues.LEAD) {
        if (!word && t.startsWith(w)) {
          if (w.equals("预计")) {
            status = Status.ESTIMATED;
          } else if (w.equals("初步")) {
            status = Status.PROVISIONAL;
          }
          t = t.substring(w.length()).strip();
          changed = true;
          break;
        }
      }
      if (changed) {
        continue;
      }
      for (String w : Cues.LINKING) {
        if (t.startsWith(w) && t.length() - w.length() >= 2 && !(w.startsWith("实现") && t.indexOf('的', w.length()) > 0)) {
          // 实现污水治理的建制村: 实现 opens a relative clause, part of the name
          t = t.substring(w.length()).strip();
          changed = true;
          break;
        }
      }
      for (String w : Cues.OBJECT_VERBS) {
        if (!changed && t.startsWith(w) && t.length() - w.length() >= 2 && !t.startsWith("使用")) {
          t = t.substring(w.length()).strip();
          changed = true;
        }
      }
      if (changed) {
        continue;
      }
      Matcher done = Cues.DONE_MEASURE.matcher(t);
      if (done.matches()) {
        t = done.group("rest"); // 完成一般公共预算收入97950万元: 完成 only links the measure to its figure
        changed = true;
        continue;
      }
      Matcher section = Cues.mayStartSection(t.charAt(0)) ? Cues.SECTION_NUMBER.matcher(t) : null;
      if (section != null && section.lookingAt() && section.end() < t.length()) {
        t = t.substring(section.end()); // 一、全国夏粮播种面积, (三)全县社会消费品零售总额: the page's outline
        changed = true;
        continue;
      }
      String attribution = attribution(t);
      if (attribution != null) {
        t = attribution;
        changed = true;
        continue;
      }
      Matcher p = Cues.PERIOD.matcher(t);
      if (p.lookingAt() && p.end() > 0) {
        t = t.substring(p.end()).strip();
        changed = true;
        continue;
      }
      RegionNames.Found named = regionNames.leading(t);
      if (named != null) {
        if (named.region() == null) {
          region = RegionNames.AMBIGUOUS;
          ambiguity = new AmbiguousRegionException(t.substring(0, named.length()), named.candidates()).getMessage();
        } else {
          region = named.region();
        }
        t = t.substring(named.length()).strip();
        changed = true;
      }
      if (!t.isEmpty() && (t.charAt(0) == ',' || t.charAt(0) == '、' || t.charAt(0) == '(' || t.charAt(0) == ')')) {
        t = t.substring(1).strip();
        changed = true;
      }
      if (!changed) {
        String scoped = afterScope(t);
        changed = !scoped.equals(t);
        t = scoped;
      }
    }
    return new Lead(t, region, ambiguity, status);
  }

  /**
   * The subject after what only scopes it: a target's preamble (…工作目标是城镇新增就业), the things or place a
   * total is over (直报景区共接待游客), the set an average is over (地级及以上城市平均…); {@code t} itself when none.
   */
  static String afterScope(String t) {
    // each pattern only where its word is: most subjects have none of them
    Matcher target = t.indexOf("目标") > 0 ? Cues.TARGET_IS.matcher(t) : null;
    if (target != null && target.find() && target.start() > 0 && t.length() - target.end() >= 2) {
      return t.substring(target.end()).strip();
    }
    Matcher total = t.indexOf('共', 2) > 0 ? Cues.TOTAL_OF.matcher(t) : null;
    if (total != null && total.find() && total.start() >= 2) {
      return t.substring(total.end()).strip();
    }
    Matcher average = t.indexOf("平均") > 0 ? Cues.SCOPE_AVERAGE.matcher(t) : null;
    if (average != null && average.find()) {
      return t.substring(average.end()).strip();
    }
    return t;
  }

  /**
   * {@code subject} without a linking verb inside it (规模以上服务业实现营业收入 → 规模以上服务业营业收入, 重点景区累计接待游客
   * → 重点景区接待游客, 遵义会议会址1日接待游客 → 遵义会议会址接待游客). A verb after a period word stays (当月完成产值), and
   * so does one at the head, which {@link #lead} handles.
   */
  static String withoutInnerLink(String subject) {
    if (subject.indexOf("接待") < 0 && subject.indexOf("实现") < 0 && subject.indexOf("完成") < 0) {
      return subject; // none of its verbs: nothing to cut
    }
    Matcher m = Cues.INNER_LINK.matcher(subject);
    while (m.find()) {
      boolean reception = m.group("days") != null;
      int at = m.start();
      char before = at > 0 ? subject.charAt(at - 1) : ' ';
      boolean relative = m.end() < subject.length() && subject.charAt(m.end()) == '的'; // 通过公共网络实现的商品销售额
      if (reception || at >= 2 && before != '月' && before != '年' && !Prose.isDigit(before) && !relative) {
        return subject.substring(0, at) + subject.substring(m.end());
      }
    }
    return subject;
  }

  /** A subject with a share of its own written into it without 比重 (A占B的): A and the whole B. */
  record OwnShare(String own, String whole) {}

  /** The subject and whole of a share written into {@code subject} without 比重, 比例 or 份额, or null. */
  static OwnShare plainShare(String subject) {
    Matcher m = Cues.OWN_SHARE_PLAIN.matcher(subject);
    if (!m.matches()) {
      return null;
    }
    String whole = m.group("whole");
    if (whole.endsWith("比重") || whole.endsWith("比例") || whole.endsWith("份额") || whole.endsWith("比")) {
      return null;
    }
    return new OwnShare(m.group("own"), whole);
  }

  private static boolean startsWithAny(String t, String[] words) {
    for (String w : words) {
      if (t.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** The lead without a news dateline, byline or attribution (据…显示, 统计数据显示), or null. */
  private static String attribution(String t) {
    Matcher m = Cues.ATTRIBUTION.matcher(t);
    if (m.lookingAt() && m.end() > 0 && m.end() < t.length()) {
      return t.substring(m.end()).strip();
    }
    return null;
  }

  /** The region {@code item} names in full and alone (敖汉旗), or null; an ambiguous name is none. */
  Region regionOnly(String item) {
    RegionNames.Found named = regionNames.leading(item + "\u0000");
    return named != null && named.length() == item.length() ? named.region() : null;
  }

  /** {@code text} without its leading connector and period words (其中, 2023年), regions kept. */
  String leadWords(String text) {
    String t = text.strip();
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      for (String w : Cues.LEAD) {
        if (t.startsWith(w) && t.length() > w.length()) {
          t = t.substring(w.length()).strip();
          changed = true;
          break;
        }
      }
      Matcher p = Cues.PERIOD.matcher(t);
      if (!changed && p.lookingAt() && p.end() > 0 && p.end() < t.length()) {
        t = t.substring(p.end()).strip();
        changed = true;
      }
    }
    return t;
  }

  /** A phrase without its trailing linking verbs, and the status a trailing 预计 or 初步 gives. */
  record Trail(String text, Status status) {}

  /** Strips linking verbs and qualifier words from the end: 达到, 为, 以, 预计. */
  static Trail trail(String text) {
    String t = text.strip();
    Status status = Status.NORMAL;
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      for (String w : Cues.TRAIL) {
        if (t.endsWith(w) && t.length() > w.length()) {
          if (w.equals("预计")) {
            status = Status.ESTIMATED;
          } else if (w.equals("初步")) {
            status = Status.PROVISIONAL;
          }
          t = t.substring(0, t.length() - w.length()).strip();
          changed = true;
          break;
        }
      }
    }
    return new Trail(t, status);
  }

  /** {@link #trail} without the status. */
  static String stripTrail(String text) {
    return trail(text).text();
  }

  /** {@link #lead} and {@link #stripTrail}, text only. */
  String clean(String text) {
    return stripTrail(lead(text).text());
  }
}
