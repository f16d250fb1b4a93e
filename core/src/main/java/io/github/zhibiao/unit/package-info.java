/**
 * What a number means: dimensions, exact units with Chinese magnitudes (万, 亿 …), quantities
 * and their text forms.
 *
 * <p>Every conversion is exact where the result terminates; otherwise it is rounded as
 * {@link io.github.zhibiao.unit.Quantity#to(io.github.zhibiao.unit.Unit)} documents. No
 * binary floating-point number takes part in a value or a conversion.
 */
package io.github.zhibiao.unit;
