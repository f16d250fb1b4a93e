package io.github.zhibiao.text;

import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.unit.UnitCatalog;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text leaves unsaid: the region its figures are about (全市 means this region), the year
 * under review (全年, 截至6月末, 前11个月 and 年末 are read in it), an optional sector for the
 * indicators, and the region registry used to recognise region names (赤峰市, 敖汉旗) and the
 * scope of rankings (全区 is the province above the region), and the unit catalog whose units are
 * read after a figure (the built-in one, or yours with 担 or 车次 added).
 *
 * <p>Immutable and thread-safe; {@code with*} returns a copy.
 */
public final class ExtractionContext {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年");

  private final Region region;
  private final int year;
  private final Sector sector; // nullable
  private final Regions regions;
  private final UnitCatalog units;

  private ExtractionContext(Region region, int year, Sector sector, Regions regions, UnitCatalog units) {
    this.units = units;
    this.region = region;
    this.year = year;
    this.sector = sector;
    this.regions = regions;
  }

  /**
   * A context for a text about {@code region} in {@code year}, with the built-in region registry
   * and no sector.
   *
   * @param region the default region
   * @param year the year under review, {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR}
   * @return the context
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ExtractionContext of(Region region, int year) {
    Objects.requireNonNull(region, "region");
    if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
      throw new IllegalArgumentException("context year (" + year + ") must lie between "
          + Period.MIN_YEAR + " and " + Period.MAX_YEAR);
    }
    return new ExtractionContext(region, year, null, Regions.builtIn(), UnitCatalog.builtIn());
  }

  /**
   * A context read from the text itself, as {@link TextFormat} does: the region is the first
   * region of {@code regions} named by its full name (赤峰市, 内蒙古自治区, 敖汉旗; at one position the
   * longest name wins; a full name that several regions share, such as 朝阳区, and the names of
   * nations are passed over), the year the first 19xx年 or 20xx年.
   *
   * @param text the prose
   * @param regions the registry whose full names are looked for
   * @return the context, or empty when the text names no region or no year
   */
  public static Optional<ExtractionContext> fromText(CharSequence text, Regions regions) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(regions, "regions");
    String t = text.toString();
    Region region = RegionNames.first(t, regions).orElse(null);
    Matcher y = YEAR.matcher(t);
    if (region == null || !y.find()) {
      return Optional.empty();
    }
    return Optional.of(of(region, Integer.parseInt(y.group(1))).withRegions(regions));
  }

  /**
   * This context with a default sector for the extracted indicators.
   *
   * @param newSector the sector, such as {@code Sector.parse("现代农牧业@A")}
   * @return the copy
   */
  public ExtractionContext withSector(Sector newSector) {
    return new ExtractionContext(region, year, Objects.requireNonNull(newSector, "sector"), regions, units);
  }

  /**
   * This context recognising the regions of {@code newRegions} (built-in plus your own).
   *
   * @param newRegions the registry
   * @return the copy
   */
  public ExtractionContext withRegions(Regions newRegions) {
    return new ExtractionContext(region, year, sector, Objects.requireNonNull(newRegions, "regions"), units);
  }

  /**
   * This context reading units with {@code newUnits}: a figure followed by a unit of your own
   * (3000担, 1200车次) becomes a fact.
   *
   * @param newUnits the catalog, such as {@code UnitCatalog.builtIn().with(...)}
   * @return the copy
   */
  public ExtractionContext withUnits(UnitCatalog newUnits) {
    return new ExtractionContext(region, year, sector, regions, Objects.requireNonNull(newUnits, "units"));
  }

  /**
   * The unit catalog.
   *
   * @return the catalog units after figures are read with; the built-in one unless set by {@link
   *     #withUnits}
   */
  public UnitCatalog units() {
    return units;
  }

  /**
   * The default region: what 全市 and sentences without a region name are about.
   *
   * @return the region given to {@link #of} or found by {@link #fromText}
   */
  public Region region() {
    return region;
  }

  /**
   * The year under review.
   *
   * @return the year, such as 2023, in which 全年, 截至6月末, 前11个月 and 年末 are read
   */
  public int year() {
    return year;
  }

  /**
   * The default sector of extracted indicators, if any.
   *
   * @return the sector set by {@link #withSector}, or empty
   */
  public Optional<Sector> sector() {
    return Optional.ofNullable(sector);
  }

  /**
   * The region registry.
   *
   * @return the registry region names and ranking scopes are recognised with; the built-in one
   *     unless set by {@link #withRegions}
   */
  public Regions regions() {
    return regions;
  }

  /** {@code 赤峰市 2023}, with the sector when set. */
  @Override
  public String toString() {
    return region.name() + " " + year + (sector == null ? "" : " " + sector);
  }
}
