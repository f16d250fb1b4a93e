package io.github.zhibiao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The three industries (三次产业) of the NBS rule 三次产业划分规定, which groups the GB/T 4754-2017
 * sections: primary (第一产业) is section A, secondary (第二产业) sections B, C, D and E, tertiary
 * (第三产业) sections F to T.
 *
 * <p>The grouping here is by section only. The 2018 rule moves three divisions to the tertiary
 * industry: 05 (农、林、牧、渔专业及辅助性活动) out of A, 11 (开采专业及辅助性活动) out of B and 43
 * (金属制品、机械和设备修理业) out of C. A figure for a whole section therefore does not always
 * belong wholly to the section's industry; zhibiao does not model divisions.
 */
public enum Industry {
  /** 第一产业: agriculture, forestry, animal husbandry and fishery (section A, except division 05). */
  PRIMARY("第一产业"),
  /** 第二产业: mining, manufacturing, utilities, construction (B–E, except divisions 11 and 43). */
  SECONDARY("第二产业"),
  /** 第三产业: services (sections F–T, plus divisions 05, 11 and 43). */
  TERTIARY("第三产业");

  private final String chineseName;

  Industry(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The Chinese name: 第一产业, 第二产业 or 第三产业.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The GB/T 4754-2017 sections of this industry, in letter order: A; B–E; F–T.
   *
   * @return the sections
   */
  public List<Sector> sections() {
    List<Sector> list = new ArrayList<>();
    for (Sector s : Sector.sections()) {
      if (s.industry() == this) {
        list.add(s);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /** The industry of a section letter A–T. */
  static Industry ofSection(char letter) {
    if (letter == 'A') {
      return PRIMARY;
    }
    return letter <= 'E' ? SECONDARY : TERTIARY;
  }
}
