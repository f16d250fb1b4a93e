package io.github.zhibiao.cli;

import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao units [NAME]}: the unit catalog. */
@Command(name = "units", mixinStandardHelpOptions = true,
    description = {"Lists the built-in unit catalog: symbol, English name, dimension, exact factor to the"
        + " dimension's base unit, and the aliases; with NAME, looks one unit up (magnitudes such as 万吨 and"
        + " compounds such as 元/人 included)."},
    footer = {"", "Examples:", "  zhibiao units", "  zhibiao units 斤", "  zhibiao units 万亩", "",
        "Exit codes: 0 listed or found; 1 an unknown unit."})
final class UnitsCommand implements Callable<Integer> {
  @ParentCommand
  Zhibiao parent;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "a unit to look up")
  String name;

  @Override
  public Integer call() {
    PrintStream out = parent.env.out();
    UnitCatalog catalog = UnitCatalog.builtIn();
    Map<Unit, List<String>> aliases = new LinkedHashMap<>();
    for (Unit u : catalog.units()) {
      aliases.put(u, new ArrayList<>());
    }
    catalog.names().forEach((n, u) -> {
      if (!n.equals(u.symbol())) {
        aliases.computeIfAbsent(u, k -> new ArrayList<>()).add(n);
      }
    });
    if (name == null) {
      for (Map.Entry<Unit, List<String>> e : aliases.entrySet()) {
        out.println(line(e.getKey(), e.getValue()));
      }
      out.println(catalog.units().size() + " units; any of them also takes a magnitude (万, 亿, 千, 百万 …)");
      return Zhibiao.OK;
    }
    Unit u;
    try {
      u = catalog.parse(name);
    } catch (IllegalArgumentException e) {
      throw new Failure(Zhibiao.PROBLEMS, e.getMessage(), e);
    }
    out.println(line(u, aliases.getOrDefault(u, List.of())));
    return Zhibiao.OK;
  }

  static String line(Unit u, List<String> aliases) {
    return u.symbol() + "\t" + u.englishName() + "\t" + u.dimension() + "\t" + u.factor()
        + (aliases.isEmpty() ? "" : "\t" + String.join(" ", aliases));
  }
}
