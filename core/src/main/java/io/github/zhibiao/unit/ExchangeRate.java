package io.github.zhibiao.unit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A rate between two currencies on a date, supplied by the caller: {@code 1 USD = 7.0827 CNY on
 * 2023-12-29}. zhibiao knows no rates of its own; two currencies convert only with one of these
 * ({@link Quantity#to(Unit, ExchangeRate)}).
 *
 * <p>The rate is kept exactly as given. It converts in both directions: from the base currency
 * to the quote currency it multiplies, back it divides, exact when the result terminates and
 * otherwise rounded to 34 significant digits, {@link java.math.RoundingMode#HALF_EVEN} (see {@link
 * UnitConverter}). Units with magnitudes and quotients convert too: 亿美元 to 万元, 美元/人 to 元/人.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class ExchangeRate implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The ISO 4217 code of the base currency. @serial */
  private final String base;
  /** The ISO 4217 code of the quote currency. @serial */
  private final String quote;
  /** Quote units for one base unit, as given. @serial */
  private final BigDecimal rate;
  /** Coherent quote per coherent base: the rate with the units' magnitudes applied. @serial */
  private final Rational factor;
  /** The date of the rate. @serial */
  private final LocalDate date;
  /** The units as the caller named them, for messages. @serial */
  private final String written;

  private ExchangeRate(String base, String quote, BigDecimal rate, Rational factor, LocalDate date, String written) {
    this.base = base;
    this.quote = quote;
    this.rate = rate;
    this.factor = factor;
    this.date = date;
    this.written = written;
  }

  /**
   * A rate between two currencies: one {@code baseCurrency} is {@code rate} of {@code quoteCurrency}.
   *
   * @param baseCurrency the currency one unit of which is priced, such as {@link Units#US_DOLLAR};
   *     may have a magnitude (100日元 is priced as {@code Units.of("百日元")})
   * @param quoteCurrency the currency the price is in, such as {@link Units#YUAN}
   * @param rate how many {@code quoteCurrency} one {@code baseCurrency} is; positive
   * @param date the date the rate applies to
   * @return the rate
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a unit is not one currency, both are the same currency,
   *     or the rate is not positive
   */
  public static ExchangeRate of(Unit baseCurrency, Unit quoteCurrency, BigDecimal rate, LocalDate date) {
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    Objects.requireNonNull(quoteCurrency, "quoteCurrency");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(date, "date");
    String b = code(baseCurrency);
    String q = code(quoteCurrency);
    if (b.equals(q)) {
      throw new IllegalArgumentException("an exchange rate needs two currencies, not " + b + " twice");
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("exchange rate " + rate.toPlainString() + " must be positive");
    }
    Rational f = Rational.of(rate).multiply(quoteCurrency.factor()).divide(baseCurrency.factor());
    String written = "1" + baseCurrency.symbol() + " = " + rate.toPlainString() + quoteCurrency.symbol();
    return new ExchangeRate(b, q, rate, f, date, written);
  }

  /**
   * A rate between two currencies named by ISO 4217 code: {@code of("USD", "CNY", new
   * BigDecimal("7.0827"), LocalDate.of(2023, 12, 29))}.
   *
   * @param baseCurrency the code of the currency one unit of which is priced
   * @param quoteCurrency the code of the currency the price is in
   * @param rate how many {@code quoteCurrency} one {@code baseCurrency} is; positive
   * @param date the date the rate applies to
   * @return the rate
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a code is not an ISO 4217 code, both are the same, or the
   *     rate is not positive
   */
  public static ExchangeRate of(String baseCurrency, String quoteCurrency, BigDecimal rate, LocalDate date) {
    return of(Units.currency(baseCurrency), Units.currency(quoteCurrency), rate, date);
  }

  private static String code(Unit currency) {
    return currency.dimension().currencyCode().orElseThrow(() -> new IllegalArgumentException(
        "unit " + (currency.symbol().isEmpty() ? "(none)" : currency.symbol()) + " (" + currency.dimension()
            + ") is not a currency"));
  }

  /**
   * The currency one unit of which is priced.
   *
   * @return its ISO 4217 code, such as {@code USD}
   */
  public String baseCurrency() {
    return base;
  }

  /**
   * The currency the price is in.
   *
   * @return its ISO 4217 code, such as {@code CNY}
   */
  public String quoteCurrency() {
    return quote;
  }

  /**
   * The rate as given.
   *
   * @return how many of the quote unit one base unit is, exactly as passed to {@code of}
   */
  public BigDecimal rate() {
    return rate;
  }

  /**
   * The date the rate applies to.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /** The converter from {@code from} to {@code to} at this rate. */
  UnitConverter converter(Unit from, Unit to) {
    Dimension d = from.dimension();
    String baseKey = Dimension.currencyBase(base);
    String quoteKey = Dimension.currencyBase(quote);
    int e = d.exponentOf(baseKey);
    int f = d.exponentOf(quoteKey);
    Rational ratio = from.factor().divide(to.factor());
    if (e != 0 && f == 0 && d.rename(baseKey, quoteKey).equals(to.dimension())) {
      return UnitConverter.of(ratio.multiply(factor.pow(e)));
    }
    if (f != 0 && e == 0 && d.rename(quoteKey, baseKey).equals(to.dimension())) {
      return UnitConverter.of(ratio.multiply(factor.pow(-f)));
    }
    throw new IncompatibleUnitsException("convert at " + this + " between", from, to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExchangeRate r && base.equals(r.base) && quote.equals(r.quote)
        && factor.equals(r.factor) && date.equals(r.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, quote, factor, date);
  }

  /** {@code 1美元 = 7.0827元 (USD/CNY, 2023-12-29)}. */
  @Override
  public String toString() {
    return written + " (" + base + "/" + quote + ", " + date + ")";
  }
}
