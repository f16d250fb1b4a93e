/**
 * How data comes and goes: the {@link io.github.zhibiao.spi.DatasetFormat} service interface,
 * its {@link io.github.zhibiao.spi.DatasetReader readers} and
 * {@link io.github.zhibiao.spi.DatasetWriter writers}, and the
 * {@link io.github.zhibiao.spi.DatasetFormats} lookup, which finds formats with
 * {@link java.util.ServiceLoader} on the module path and the class path alike.
 *
 * <p>Readers stream: {@link io.github.zhibiao.spi.DatasetReader#open} returns an
 * {@link io.github.zhibiao.spi.ObservationCursor} that holds one record at a time, so a file far
 * larger than the heap can be read; a {@link io.github.zhibiao.model.Dataset} is built only on
 * request. Bad input fails fast with a {@link io.github.zhibiao.spi.DatasetReadException} naming
 * the source, line or JSON path, field, offending text and what was expected, or, in lenient
 * mode, becomes a {@link io.github.zhibiao.spi.Problem} in the cursor's
 * {@link io.github.zhibiao.spi.ReadReport}.
 */
package io.github.zhibiao.spi;
