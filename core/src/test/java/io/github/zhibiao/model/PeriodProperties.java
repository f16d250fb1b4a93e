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
              int shift = a.year() - b.year();
              if (b.start().getYear() + shift < 1000 || b.end().getYear() + shift > 9999) {
                return; // a year range cannot be shifted past the supported years (1000/1001 by -1)
              }
              Period b2 = b.plusYears(shift);
              assertEquals(a.equals(b2), a.compareTo(b2) == 0);
              assertEquals(Integer.signum(a.compareTo(b2)), -Integer.signum(b2.compareTo(a)));
            });
  }

  @Test
  void orderWithLabelsIsConsistentWithEqualsAndPutsDatedPeriodsFirst() {
    qt().forAll(PeriodGen.datedOrLabelled(), PeriodGen.datedOrLabelled())
        .checkAssert(
            (a, b) -> {
              assertEquals(a.equals(b), a.compareTo(b) == 0);
              assertEquals(a.equals(b), a.hashCode() == b.hashCode() && a.equals(b));
              assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
              if (a.isDated() != b.isDated()) {
                assertEquals(a.isDated(), a.compareTo(b) < 0, a + " vs " + b);
              }
              if (!b.isStated() && a.isStated()) {
                assertTrue(a.compareTo(b) < 0, "NOT_STATED last");
              }
            });
  }

  @Test
  void orderWithLabelsIsTransitive() {
    qt().forAll(PeriodGen.datedOrLabelled(), PeriodGen.datedOrLabelled(), PeriodGen.datedOrLabelled())
        .checkAssert(
            (a, b, c) -> {
              java.util.List<Period> sorted = new java.util.ArrayList<>(java.util.List.of(a, b, c));
              java.util.Collections.sort(sorted);
              assertTrue(sorted.get(0).compareTo(sorted.get(2)) <= 0, sorted.toString());
            });
  }

  @Test
  void parseOrLabelReadsBackBothFormsOfEveryPeriod() {
    qt().forAll(PeriodGen.datedOrLabelled())
        .checkAssert(
            p -> {
              assertEquals(p, Period.parseOrLabel(p.toString()));
              assertEquals(p, Period.parseOrLabel(p.toChinese()));
            });
  }

  @Test
  void labelledPeriodsHaveNoDates() {
    qt().forAll(PeriodGen.labelled())
        .checkAssert(
            p -> {
              assertTrue(!p.isDated() && !p.isInstant());
              String label = ((LabelledPeriod) p).label();
              for (org.junit.jupiter.api.function.Executable e : new org.junit.jupiter.api.function.Executable[] {
                  p::start, p::end, p::year, p::yearEarlier, () -> p.plusYears(1),
                  () -> p.contains(java.time.LocalDate.of(2023, 1, 1)), () -> p.overlaps(Period.year(2023)),
                  () -> Period.year(2023).overlaps(p)}) {
                UnsupportedOperationException x =
                    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, e);
                assertTrue(x.getMessage().contains("'" + label + "'"), x.getMessage());
              }
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
