package io.github.zhibiao.spi;

import io.github.zhibiao.model.AmbiguousRegionException;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionChange;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How every reader turns a record's region code and label into a {@link Region}: one place for
 * the registry, the {@link RegionPolicy} and the default region of the {@link ReadOptions}, so that
 * CSV, JSON, JSON-stat and prose agree. A reader passes the texts it found and turns an {@link
 * IllegalArgumentException} into a {@link Problem} with the source, the place and the text; the
 * exception's message is the expectation.
 *
 * <ul>
 *   <li>A <b>code in the registry</b> gives its region; a label beside it must be one of the
 *       region's names (full, short or English) or blank.
 *   <li>An <b>unknown code</b>: under {@link RegionPolicy#STRICT} an error; under {@link
 *       RegionPolicy#OPEN} a region of the document (code, label, level {@link RegionLevel#OTHER}),
 *       or an error when there is no label. A code retired since 2010 (崇文区 {@code 110103}) is
 *       unknown too; the message names its successor, and under OPEN with a label the reader keeps
 *       the old code.
 *   <li>No code, only a <b>label</b>: the region with that name. A name several regions share is
 *       decided by the parent the caller passes or, failing that, the default region of the
 *       options (the region the document is about); otherwise it is an {@link
 *       AmbiguousRegionException} listing every candidate. Nothing is guessed.
 *   <li>Neither: the default region of the options, or an error.
 *   <li>{@link Region#NOT_STATED}: the code {@code _Z} or, without a code, the label 未注明 (or
 *       {@code Not stated}) gives it under either policy, as every registry knows it; a reader of
 *       data without a region dimension passes it itself.
 * </ul>
 *
 * <p>Immutable and thread-safe; a reader makes one per read and may cache its answers.
 */
public final class RegionResolver {
  private final Regions regions;
  private final RegionPolicy policy;
  private final Region context; // nullable

  private RegionResolver(Regions regions, RegionPolicy policy, Region context) {
    this.regions = regions;
    this.policy = policy;
    this.context = context;
  }

  /**
   * A resolver with the registry, region policy and default region of {@code options}.
   *
   * @param options the read options
   * @return the resolver
   * @throws NullPointerException if {@code options} is null
   */
  public static RegionResolver of(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return new RegionResolver(options.regions(), options.regionPolicy(), options.defaultRegion().orElse(null));
  }

  /**
   * The region of a record without a parent column.
   *
   * @param code the region code as the record has it, empty when the record has none
   * @param label the record's name for the region, empty when it has none
   * @return the region
   * @throws NullPointerException if an argument is null
   * @throws AmbiguousRegionException listing the candidates when only a shared name is given
   * @throws IllegalArgumentException saying what was expected when the code is unknown (and the
   *     policy or a missing label refuses it), the label disagrees with the code, the name is
   *     unknown, or there is neither code nor label nor default region
   */
  public Region resolve(String code, String label) {
    return resolve(code, label, null);
  }

  /**
   * The region of a record whose parent (a parent column, the enclosing category) is known.
   *
   * @param code the region code as the record has it, empty when the record has none
   * @param label the record's name for the region, empty when it has none
   * @param parent the region the record's region lies in, or null when unknown
   * @return the region
   * @throws NullPointerException if {@code code} or {@code label} is null
   * @throws AmbiguousRegionException listing the candidates when only a shared name is given and
   *     neither the parent nor the default region decides it
   * @throws IllegalArgumentException as for {@link #resolve(String, String)}
   */
  public Region resolve(String code, String label, Region parent) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (code.isEmpty()) {
      if (label.isEmpty()) {
        if (context == null) {
          throw new IllegalArgumentException("the region code is empty; expected a GB/T 2260 code such as 150400");
        }
        return context;
      }
      return byName(label, parent);
    }
    Optional<Region> known = regions.byCode(code);
    if (known.isPresent()) {
      Region r = known.get();
      if (!label.isEmpty() && !label.equals(r.name()) && !label.equals(r.shortName())
          && !r.englishName().filter(label::equals).isPresent()) {
        throw new IllegalArgumentException("region " + code + " is " + r.name() + "; the name beside it ('"
            + label + "') must agree or be blank");
      }
      return r;
    }
    String retired = regions.successor(code).map(RegionResolver::retired).orElse("");
    if (policy == RegionPolicy.STRICT) {
      throw new IllegalArgumentException("unknown region code" + retired + "; the region policy is STRICT: "
          + "expected a GB/T 2260 code, an ISO 3166-1 country code or a region added to the registry");
    }
    if (label.isEmpty()) {
      throw new IllegalArgumentException("unknown region code" + retired + "; expected a GB/T 2260 code in the "
          + "registry, or a name beside it to define a region of your own");
    }
    return Region.of(code, label, label, RegionLevel.OTHER);
  }

  private static String retired(RegionChange c) {
    List<String> names = new ArrayList<>();
    for (Region s : c.successors()) {
      names.add(s.code() + " " + s.name());
    }
    return " (" + c.oldName() + ", changed in " + c.year() + "; now " + String.join(", ", names) + ")";
  }

  private Region byName(String name, Region parent) {
    List<Region> candidates = regions.candidates(name);
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("unknown region name; expected a code, or the full, short or English "
          + "name of a region in the registry");
    }
    for (Region within : new Region[] {parent, context}) {
      if (within != null) {
        Optional<Region> inside = regions.byName(name, within);
        if (inside.isPresent()) {
          return inside.get();
        }
      }
    }
    throw new AmbiguousRegionException(name, candidates);
  }
}
