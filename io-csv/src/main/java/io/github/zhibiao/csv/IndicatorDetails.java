package io.github.zhibiao.csv;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.unit.Unit;
import java.util.HashMap;
import java.util.Map;

/**
 * What the CSV columns {@code indicator_unit}, {@code indicator_english_name} and {@code
 * indicator_description} add to an indicator that {@link Fields} defined from its first row: its
 * own unit (the first row's value unit when the column is blank), English name and description,
 * checked against the first row that gave them, so that one code keeps one definition. One per
 * read; not thread-safe.
 */
final class IndicatorDetails {
  private record Known(Indicator indicator, String english, String description, long line) {}

  private final Map<String, Known> known = new HashMap<>();
  /** The indicator of the last row and what it became: consecutive rows of one indicator skip the map. */
  private Indicator lastDefined;
  private Known last;

  /**
   * The indicator of a row with the details of its columns.
   *
   * @param defined the indicator as {@link Fields#indicator} gives it for the row
   * @param unit the unit of {@code indicator_unit} (of {@code unit} in the wide format), or null when
   *     the column is absent or blank
   * @param unitHeader the header of the column {@code unit} comes from
   * @param english the text of {@code indicator_english_name}, empty when absent or blank
   * @param description the text of {@code indicator_description}, empty when absent or blank
   * @throws io.github.zhibiao.spi.DatasetReadException when the row disagrees with the first row of
   *     its code
   */
  Indicator of(Indicator defined, Unit unit, String unitHeader, String englishText, String descriptionText, Fields f) {
    String english = englishText.isBlank() ? "" : englishText;
    String description = descriptionText.isBlank() ? "" : descriptionText;
    Known k = defined == lastDefined ? last : known.get(defined.code());
    if (k == null) {
      Indicator.Builder b = Indicator.builder().from(defined);
      if (!english.isEmpty()) {
        b.englishName(english);
      }
      if (!description.isEmpty()) {
        b.description(description);
      }
      Indicator complete;
      try {
        complete = b.build();
      } catch (IllegalArgumentException e) {
        throw f.problem(CsvColumn.INDICATOR_ENGLISH_NAME.header(), english, e.getMessage());
      }
      k = new Known(complete, english, description, f.line);
      known.put(defined.code(), k);
    } else if (!k.english.equals(english)) {
      throw f.problem(CsvColumn.INDICATOR_ENGLISH_NAME.header(), english, "indicator " + defined.code()
          + " has the English name '" + k.english + "' on line " + k.line + "; one code keeps one English name");
    } else if (!k.description.equals(description)) {
      throw f.problem(CsvColumn.INDICATOR_DESCRIPTION.header(), description, "indicator " + defined.code()
          + " has the description '" + k.description + "' on line " + k.line + "; one code keeps one description");
    }
    if (unit != null && !unit.equals(k.indicator.unit())) {
      throw f.problem(unitHeader, unit.label(), "indicator " + defined.code() + " is in "
          + k.indicator.unit().label() + " from line " + k.line + "; one code keeps one unit");
    }
    lastDefined = defined;
    last = k;
    return k.indicator;
  }
}
