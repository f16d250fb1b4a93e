package io.github.zhibiao.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of {@link Sector}s of every kind. */
final class SectorGen {

  private SectorGen() {}

  static Gen<Sector> sections() {
    return Generate.pick(Sector.sections());
  }

  static Gen<Sector> industries() {
    return Generate.enumValues(Industry.class).map(Sector::industry);
  }

  /** Standard sectors: sections and industries. */
  static Gen<Sector> standard() {
    return sections().mix(industries(), 20);
  }

  /** Names a user might give: CJK, Latin letters and digits, some punctuation; no '@'. */
  static Gen<String> userNames() {
    Gen<String> cjk = strings().betweenCodePoints(0x4E00, 0x4E80).ofLengthBetween(1, 8);
    Gen<String> ascii = strings().betweenCodePoints('!', '~').ofLengthBetween(1, 8);
    return cjk.mix(ascii).map(s -> s.replace('@', '_'));
  }

  static Gen<Sector> users() {
    return userNames().zip(standard(), Sector::user);
  }

  /** Sectors of every kind. */
  @SuppressWarnings("unchecked")
  static Gen<Sector> sectors() {
    return Generate.oneOf(sections(), industries(), users());
  }

  static Gen<Integer> letters() {
    return integers().between('A', 'T');
  }
}
