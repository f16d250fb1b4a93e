package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class PeriodProperties {

  @Test
  void parseReadsBackTheSdmxForm() {
    qt().forAll(PeriodGen.periods()).checkAssert(p -> assertEquals(p, Period.parse(p.toString())));
  }

  @Test
  void parseReadsBackTheChineseForm() {
    qt().forAll(PeriodGen.periods()).checkAssert(p -> assertEquals(p, Period.parse(p.toChinese())));
  }

  @Test
  void parseReadsFullwidthDigitsLikeAsciiDigits() {
    qt().forAll(PeriodGen.periods())
        .checkAssert(p -> assertEquals(p, Period.parse(fullwidth(p.toChinese()))));
  }

  @Test
  void yearEarlierThenOneYearLaterGivesThePeriodBack() {
    qt().forAll(PeriodGen.periods())
        .assuming(p -> p.start().getYear() > Period.MIN_YEAR)
        .assuming(p -> !isFebruary28OfLeapYear(p))
        .checkAssert(p -> assertEquals(p, p.yearEarlier().plusYears(1)));
  }

  @Test
  void yearEarlierKeepsTheKindAndMovesBothEndsBackAboutAYear() {
    qt().forAll(PeriodGen.periods())
        .assuming(p -> p.start().getYear() > Period.MIN_YEAR)
        .checkAssert(
            p -> {
              Period earlier = p.yearEarlier();
              assertEquals(p.getClass(), earlier.getClass());
              assertEquals(p.year() - 1, earlier.year());
              assertEquals(p.start().getMonth(), earlier.start().getMonth());
              assertEquals(p.end().getMonth(), earlier.end().getMonth());
              assertTrue(earlier.compareTo(p) < 0);
            });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(PeriodGen.periods(), PeriodGen.periods())
        .checkAssert(
            (a, b) -> {
              assertEquals(a.equals(b), a.compareTo(b) == 0);
              assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void compareToIsConsistentWithEqualsOnNearbyPeriods() {
    // Periods within one year collide on start and end often, which random years rarely do.
    qt().forAll(PeriodGen.periods(), PeriodGen.periods())
        .checkAssert(
            (a, b) -> {
              Period b2;
              try {
                b2 = b.plusYears(a.year() - b.year());
              } catch (IllegalArgumentException e) {
                return; // a multi-year range shifted below year 1000 or above 9999: nothing to compare
              }
              assertEquals(a.equals(b2), a.compareTo(b2) == 0);
              assertEquals(Integer.signum(a.compareTo(b2)), -Integer.signum(b2.compareTo(a)));
            });
  }

  @Test
  void startAndEndAreInsideAndOrdered() {
    qt().forAll(PeriodGen.periods())
        .checkAssert(
            p -> {
              assertTrue(!p.end().isBefore(p.start()));
              assertTrue(p.contains(p.start()) && p.contains(p.end()));
              assertTrue(p.overlaps(p));
              assertEquals(p.isInstant(), p.start().equals(p.end()) && p instanceof InstantPeriod);
              assertEquals(p.end().getYear(), p.year());
            });
  }

  private static boolean isFebruary28OfLeapYear(Period p) {
    return p.isInstant()
        && p.start().getMonthValue() == 2
        && p.start().getDayOfMonth() == 28
        && p.start().isLeapYear();
  }

  private static String fullwidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c);
    }
    return b.toString();
  }
}
