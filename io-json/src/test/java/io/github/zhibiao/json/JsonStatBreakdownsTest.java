package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Breakdowns as JSON-stat dimensions: written one dimension each, read back from ours and offices' files. */
class JsonStatBreakdownsTest {
  private static final List<Category> SEXES = List.of(Category.FEMALE, Category.MALE, Category.TOTAL);
  private static final List<Category> INDUSTRIES = List.of(Category.from(Sector.section('A')),
      Category.from(Sector.section('C')));

  private static byte[] write(Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new JsonStatFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Dataset read(InputStream in) {
    return new JsonStatFormat().reader().orElseThrow().open(in, "t.stat.json", ReadOptions.defaults()).toDataset();
  }

  /** Each observation in every combination of sex and industry: a complete cube. */
  private static Dataset cube(Dataset base) {
    List<Observation> all = new ArrayList<>();
    for (Observation o : base.observations()) {
      for (Category sex : SEXES) {
        for (Category industry : INDUSTRIES) {
          all.add(o.withBreakdowns(Breakdowns.of(Breakdown.SEX, sex, Breakdown.INDUSTRY, industry)));
        }
      }
    }
    return Dataset.of(all);
  }

  @Test
  void completeCubesWithBreakdownsRoundTrip() {
    SplittableRandom random = new SplittableRandom(2023);
    for (int i = 0; i < 100; i++) {
      Dataset d = cube(Generators.datasets(8).next(random));
      Dataset back = read(new ByteArrayInputStream(write(d)));
      assertEquals(JsonStatContract.sorted(d), JsonStatContract.sorted(back), "example " + i);
      assertEquals(d.breakdowns(), back.breakdowns(), "English labels too (Sex, Industry)");
    }
  }

  @Test
  void anObservationWithoutABreakdownIsRefusedByTheWriter() {
    Dataset one = cube(Generators.datasets(3).next(new SplittableRandom(5)));
    List<Observation> mixed = new ArrayList<>(one.observations());
    if (mixed.isEmpty()) {
      return;
    }
    Observation first = mixed.get(0);
    mixed.add(first.withBreakdowns(Breakdowns.of(Breakdown.SEX, Category.of("X", "其他"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(Dataset.of(mixed)));
    assertTrue(e.getMessage().contains("has none of INDUSTRY"), e.getMessage());
  }

  @Test
  void galiciaReadsWritesAndReadsBackTheSame() throws IOException {
    Dataset galicia;
    try (InputStream in = getClass().getResourceAsStream("offices/galicia.json")) {
      galicia = read(in);
    }
    assertEquals(3956, galicia.size());
    assertEquals(List.of("birth", "age", "gender"), List.copyOf(galicia.breakdowns().keySet()));
    assertEquals(JsonStatContract.sorted(galicia), JsonStatContract.sorted(read(new ByteArrayInputStream(write(galicia)))));
  }
}
