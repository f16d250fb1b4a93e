package io.github.zhibiao.cli;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionChange;
import io.github.zhibiao.model.Regions;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao regions [NAME]}: the region registry. */
@Command(name = "regions", mixinStandardHelpOptions = true,
    description = {"Lists the built-in regions (GB/T 2260 and ISO 3166): code, name, short name, level, parent;"
        + " with NAME (a full, short or English name, or a code), looks it up. An ambiguous name lists every"
        + " candidate; an old code names what it became."},
    footer = {"", "Examples:", "  zhibiao regions 赤峰", "  zhibiao regions 朝阳区     (ambiguous: lists the candidates)",
        "  zhibiao regions 150400", "",
        "Exit codes: 0 listed or found once; 1 unknown, or ambiguous (the candidates are listed)."})
final class RegionsCommand implements Callable<Integer> {
  @ParentCommand
  Zhibiao parent;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "a name or code to look up")
  String name;

  @Override
  public Integer call() {
    PrintStream out = parent.env.out();
    Regions regions = Regions.builtIn();
    if (name == null) {
      for (Region r : regions.all()) {
        out.println(line(r));
      }
      out.println(regions.size() + " regions");
      return Zhibiao.OK;
    }
    Optional<Region> byCode = regions.byCode(name);
    if (byCode.isPresent()) {
      out.println(line(byCode.get()));
      return Zhibiao.OK;
    }
    List<Region> candidates = regions.candidates(name);
    if (candidates.size() == 1) {
      out.println(line(candidates.get(0)));
      return Zhibiao.OK;
    }
    if (candidates.size() > 1) {
      out.println(name + " is ambiguous: " + candidates.size() + " regions have this name");
      for (Region r : candidates) {
        out.println(line(r));
      }
      return Zhibiao.PROBLEMS;
    }
    Optional<RegionChange> changed = regions.successor(name);
    if (changed.isPresent()) {
      out.println(name + ": " + changed.get());
      return Zhibiao.OK;
    }
    List<RegionChange> formerly = regions.formerlyNamed(name);
    if (!formerly.isEmpty()) {
      formerly.forEach(c -> out.println(name + ": " + c));
      return Zhibiao.OK;
    }
    throw new Failure(Zhibiao.PROBLEMS, "unknown region '" + name + "': expected a GB/T 2260 code or a name in the"
        + " registry");
  }

  static String line(Region r) {
    return r.code() + "\t" + r.name() + "\t" + r.shortName() + "\t" + r.level()
        + "\t" + r.parent().map(p -> p.code() + " " + p.name()).orElse("-")
        + r.englishName().map(e -> "\t" + e).orElse("");
  }
}
