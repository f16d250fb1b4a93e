package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** core exports exactly its API packages, to everyone, and nothing of its internals. */
class ModuleDescriptorTest {

  @Test
  void exportsExactlyTheApiPackages() {
    Module module = Quantity.class.getModule();
    assumeTrue(module.isNamed(), "runs on the module path");
    ModuleDescriptor d = module.getDescriptor();
    assertEquals("io.github.zhibiao.core", d.name());
    assertEquals(Set.of("io.github.zhibiao", "io.github.zhibiao.unit", "io.github.zhibiao.model", "io.github.zhibiao.calc", "io.github.zhibiao.spi",
        "io.github.zhibiao.report"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), "no qualified exports");
    assertTrue(d.opens().isEmpty(), "nothing opened");
    assertEquals(Set.of("io.github.zhibiao.spi.DatasetFormat"), d.uses());
    assertTrue(d.requires().stream().filter(r -> !r.name().equals("java.base"))
        .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)),
        "no run-time dependency: " + d.requires());
  }
}
