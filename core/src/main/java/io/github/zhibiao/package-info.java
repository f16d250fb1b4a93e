/**
 * What every part of zhibiao shares: {@link io.github.zhibiao.ZhibiaoException}, the one unchecked
 * base type of everything the library throws on bad input, and {@link
 * io.github.zhibiao.TextFormatException}, its kind for text that does not parse.
 *
 * <pre>{@code
 * try {
 *   Dataset d = DatasetFormats.read(upload);
 * } catch (ZhibiaoException e) {          // a parse error, incompatible units, a bad file
 *   return badRequest(e.getMessage());   // names the place: "seed.csv, line 4, field 'unit': '万阿巴' — …"
 * }
 * }</pre>
 *
 * <table class="striped">
 *   <caption>The exception types</caption>
 *   <tr><th>type</th><th>thrown for</th><th>{@link io.github.zhibiao.ZhibiaoException#place()}</th></tr>
 *   <tr><td>{@link io.github.zhibiao.TextFormatException}</td><td>text that does not parse</td>
 *       <td>{@code index 4}</td></tr>
 *   <tr><td>{@link io.github.zhibiao.unit.QuantityFormatException}, {@link
 *       io.github.zhibiao.unit.UnknownUnitException}</td><td>a quantity or unit text
 *       ({@code 12.3.4万亩}, {@code 万阿巴})</td><td>{@code index 4}</td></tr>
 *   <tr><td>{@link io.github.zhibiao.model.PeriodFormatException}</td><td>a period text
 *       ({@code 2023-13})</td><td>{@code index 5}</td></tr>
 *   <tr><td>{@link io.github.zhibiao.unit.IncompatibleUnitsException}</td><td>units of different
 *       dimensions meeting ({@code 万人 → 人次})</td><td>empty</td></tr>
 *   <tr><td>{@link io.github.zhibiao.model.AmbiguousRegionException}</td><td>a region name that
 *       several regions share</td><td>empty</td></tr>
 *   <tr><td>{@link io.github.zhibiao.spi.DatasetReadException}</td><td>a bad file or stream</td>
 *       <td>{@code seed.csv, line 4, field 'unit'}</td></tr>
 *   <tr><td>{@link io.github.zhibiao.ZhibiaoException} itself</td><td>other bad input: an unknown
 *       status word, region code, sector or ranking text</td><td>empty</td></tr>
 * </table>
 *
 * <p>A null argument is a {@link java.lang.NullPointerException} naming the parameter, and an
 * argument that breaks a documented range ({@code Ranking.position(0)}) a plain {@link
 * java.lang.IllegalArgumentException}: those are programming errors, not bad input. A
 * {@code DatasetFormat} that breaks its own contract (throws something undocumented, returns
 * null) is reported by {@code DatasetFormats} as an {@link java.lang.IllegalStateException} that
 * names the format's id.
 */
package io.github.zhibiao;
