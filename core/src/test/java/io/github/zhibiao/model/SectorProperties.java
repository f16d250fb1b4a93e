package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class SectorProperties {

  @Test
  void parseReadsBackToString() {
    qt().forAll(SectorGen.sectors()).checkAssert(s -> assertEquals(s, Sector.parse(s.toString())));
  }

  @Test
  void parseReadsBackTheChineseNameOfStandardSectors() {
    qt().forAll(SectorGen.standard()).checkAssert(s -> assertSame(s, Sector.parse(s.name())));
  }

  @Test
  void aUserSectorHasItsMappingsIndustryAndSection() {
    qt().forAll(SectorGen.users())
        .checkAssert(
            s -> {
              Sector mapping = s.mapping().orElseThrow();
              assertEquals(mapping.industry(), s.industry());
              assertEquals(mapping.section(), s.section());
              assertEquals(s.name(), s.code());
              assertEquals(Sector.user(s.name(), Sector.parse(mapping.name())), s);
            });
  }

  @Test
  void equalSectorsHashAlike() {
    qt().forAll(SectorGen.sectors())
        .checkAssert(
            s -> {
              Sector copy = Sector.parse(s.toString());
              assertEquals(s.hashCode(), copy.hashCode());
            });
  }
}
