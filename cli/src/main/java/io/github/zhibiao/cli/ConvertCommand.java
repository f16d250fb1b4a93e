package io.github.zhibiao.cli;

import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.QuantityFormat;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.UnitConverter;
import java.math.RoundingMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao convert 130亿斤 万吨}: a quantity in another unit. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Converts a quantity to another unit of the same dimension, exactly.",
        "A result that does not terminate is rounded to 34 significant digits (half even) before"
            + " --scale applies; --scale rounds the printed value with --rounding (HALF_UP by default)."},
    footer = {"", "Examples:", "  zhibiao convert 130亿斤 万吨            650万吨",
        "  zhibiao convert 12.5万亩 公顷 --scale 2  8333.33公顷",
        "  zhibiao convert 2210.6万头只 头只 --english", "",
        "Exit codes: 0 converted; 2 a bad quantity or unit, or units of different dimensions."})
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand
  Zhibiao parent;

  @Parameters(index = "0", paramLabel = "QUANTITY", description = "the quantity as written: 130亿斤, 约3.5万人, 1,532.4亿元")
  String quantity;

  @Parameters(index = "1", paramLabel = "UNIT", description = "the target unit: 万吨, 公顷, 亿元, kg")
  String unit;

  @Option(names = "--scale", paramLabel = "DECIMALS", description = "decimals to print, rounded with --rounding")
  Integer scale;

  @Option(names = "--rounding", paramLabel = "MODE", defaultValue = "HALF_UP",
      description = "rounding for --scale: HALF_UP (as reports round), HALF_EVEN, DOWN, UP, FLOOR, CEILING,"
          + " UNNECESSARY (fail if rounding is needed); default ${DEFAULT-VALUE}")
  RoundingMode rounding;

  @Option(names = {"-e", "--english"}, description = "English output: 6.5 million tonnes")
  boolean english;

  @Override
  public Integer call() {
    UnitCatalog catalog = UnitCatalog.builtIn();
    Quantity q;
    Unit target;
    try {
      q = Quantity.parse(quantity, catalog);
      target = catalog.parse(unit);
    } catch (IllegalArgumentException e) {
      throw new Failure(Zhibiao.USAGE, e.getMessage(), e);
    }
    Quantity converted;
    try {
      converted = q.to(target, UnitConverter.DEFAULT_CONTEXT);
    } catch (IncompatibleUnitsException e) {
      throw new Failure(Zhibiao.USAGE, e.getMessage(), e);
    }
    QuantityFormat format = english ? QuantityFormat.english() : QuantityFormat.chinese();
    if (scale != null) {
      if (scale < 0) {
        throw new Failure(Zhibiao.USAGE, "--scale " + scale + " must be 0 or more");
      }
      format = format.withScale(scale, rounding);
    }
    try {
      parent.env.out().println(format.format(converted));
    } catch (ArithmeticException e) {
      throw new Failure(Zhibiao.USAGE, converted + " needs rounding to " + scale + " decimals, and --rounding is "
          + rounding, e);
    }
    return Zhibiao.OK;
  }
}
