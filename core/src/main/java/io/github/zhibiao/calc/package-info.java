/**
 * Calculators over the figures of a report, and consistency checks between them.
 *
 * <h2>Calculators</h2>
 * <ul>
 *   <li>{@link io.github.zhibiao.calc.Growth}: 同比 growth rates and their inverse (the earlier
 *       value a stated rate implies), 百分点 changes, CAGR, 增长N倍 vs 增长到N倍, 翻N番.</li>
 *   <li>{@link io.github.zhibiao.calc.Shares}: shares of a whole, the part or whole a share
 *       implies, breakdowns with the residual (其他).</li>
 *   <li>{@link io.github.zhibiao.calc.PlanCompletion}: completion rates, implied targets,
 *       over- and under-fulfilment.</li>
 *   <li>{@link io.github.zhibiao.calc.Contribution}: 贡献率 and 拉动 of a component.</li>
 *   <li>{@link io.github.zhibiao.calc.PerUnit}: yields (斤/亩, 公斤/亩) and per-capita figures.</li>
 *   <li>{@link io.github.zhibiao.calc.Rankings}: competition, dense and ordinal rankings and
 *       checks of a stated rank (第3位, 首位, 前列, 前N).</li>
 *   <li>{@link io.github.zhibiao.calc.Streaks}: 连续N年保持在X以上.</li>
 *   <li>{@link io.github.zhibiao.calc.Rounding}: presentation, half up, as the source prints.</li>
 * </ul>
 *
 * <h2>Exactness, units and rounding</h2>
 * Every calculator takes and returns {@link io.github.zhibiao.unit.Quantity}s, so every result
 * carries its unit: rates in %, differences of rates in 百分点, levels in the unit of the level
 * given, per-unit figures in the unit the caller names. Arithmetic is exact
 * ({@link io.github.zhibiao.unit.Rational}); a result that does not terminate is rounded once, at
 * the end, to the caller's {@link java.math.MathContext}, by default
 * {@link java.math.MathContext#DECIMAL128} (34 significant digits, half-even). Round for
 * presentation with {@link io.github.zhibiao.calc.Rounding}. No floating point is used anywhere.
 * A result is exact when its inputs are and approximate otherwise.
 *
 * <h2>Consistency</h2>
 * {@link io.github.zhibiao.calc.Consistency} checks a {@link io.github.zhibiao.model.Dataset},
 * with {@link io.github.zhibiao.calc.Relation}s the user declares, and returns
 * {@link io.github.zhibiao.calc.Finding}s in Chinese and English with their arithmetic. Its
 * tolerance is the precision of the figures as printed (half a unit of the last digit, carried
 * exactly through the arithmetic), never a fixed epsilon.
 *
 * <h2>Errors</h2>
 * Null arguments give {@link java.lang.NullPointerException} naming the parameter; quantities of
 * the wrong dimension give {@link io.github.zhibiao.unit.IncompatibleUnitsException} naming both
 * units; other bad arguments (a zero base, a 百分点 amount where a rate is due, a math context
 * of precision 0) give {@link java.lang.IllegalArgumentException} saying what was expected.
 */
package io.github.zhibiao.calc;
