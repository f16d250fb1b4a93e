package io.github.zhibiao.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A source of generated values for property tests: each call of {@link #next} draws one value from
 * the random numbers it is given, so the same seed gives the same values.
 *
 * <p>The testkit has its own interface so that it publishes no dependency on a property-testing
 * library. To use a generator from QuickTheories, adapt it in your test, where QuickTheories is a
 * test dependency:
 *
 * <pre>{@code
 * Gen<Dataset> datasets = in -> Generators.datasets().next(new SplittableRandom(in.next(Constraint.none())));
 * qt().forAll(datasets).check(d -> ...);
 * }</pre>
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Draws one value.
   *
   * @param random the random numbers to draw from; not null
   * @return a value, never null
   */
  T next(RandomGenerator random);

  /**
   * A generator of {@code f} applied to this one's values.
   *
   * @param f the function applied to each value; not null, and must not return null
   * @param <R> the type of the new values
   * @return a generator drawing a value from this one and returning {@code f} of it
   * @throws NullPointerException if {@code f} is null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random));
  }

  /**
   * A generator that draws a value from this one, then a value from the generator {@code f} gives
   * for it.
   *
   * @param f the generator to use for each value; not null, and must not return null
   * @param <R> the type of the new values
   * @return the composed generator
   * @throws NullPointerException if {@code f} is null
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random)).next(random);
  }
}
