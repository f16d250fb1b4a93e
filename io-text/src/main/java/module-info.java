/**
 * Typed observations from Chinese statistical prose: {@link io.github.zhibiao.text.TextExtractor}
 * reads sentences such as 牛存栏362.2万头,同比增长12.08%,居全区第二 into unit-checked
 * {@link io.github.zhibiao.model.Observation}s with their change, ranking, share and period, and
 * {@link io.github.zhibiao.text.TextFormat} offers the same as a read-only plain-text
 * {@link io.github.zhibiao.spi.DatasetFormat}. Depends on core only.
 */
module io.github.zhibiao.text {
  requires transitive io.github.zhibiao.core;

  exports io.github.zhibiao.text;

  provides io.github.zhibiao.spi.DatasetFormat with io.github.zhibiao.text.TextFormat;
}
