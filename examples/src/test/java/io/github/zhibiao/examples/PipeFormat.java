package io.github.zhibiao.examples;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.unit.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A format of a third party, added without touching zhibiao: {@code code|region|period|quantity}
 * lines, registered through {@code META-INF/services} in this module's test resources.
 */
public final class PipeFormat implements DatasetFormat {

  @Override
  public String id() {
    return "pipe";
  }

  @Override
  public String name() {
    return "code|region|period|quantity lines";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("pipe");
  }

  @Override
  public boolean canRead(byte[] head) {
    return new String(head, StandardCharsets.UTF_8).startsWith("#pipe");
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of((in, source, options) -> {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new AbstractObservationCursor(source, options) {
        long line;

        @Override
        protected Observation readRecord() {
          try {
            String l = lines.readLine();
            line++;
            if (line == 1) {
              if (l == null) {
                throw fatal(Problem.of(source, "the input is empty; expected the #pipe header"));
              }
              l = lines.readLine();
              line++;
            }
            if (l == null) {
              return null;
            }
            String[] f = l.split("\\|", -1);
            if (f.length != 4) {
              throw new DatasetReadException(Problem.of(source, "expected code|region|period|quantity").atLine(line).withText(l));
            }
            Quantity q = Quantity.parse(f[3]);
            Indicator i = Indicator.of(f[0], f[0], q.unit(), IndicatorKind.FLOW);
            return Observation.of(i, options.regions().require(f[1]), Period.parse(f[2]), q);
          } catch (DatasetReadException e) {
            throw e; // already placed; it is an IllegalArgumentException too, so it comes first
          } catch (IllegalArgumentException e) {
            throw new DatasetReadException(Problem.of(source, e.getMessage()).atLine(line));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void close() {
          try {
            lines.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    });
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.of((Dataset dataset, java.io.OutputStream out, io.github.zhibiao.spi.WriteOptions options) -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write("#pipe\n");
      for (Observation o : dataset.observations()) {
        w.write(o.indicator().code() + "|" + o.region().code() + "|" + o.period() + "|" + o.value() + "\n");
      }
      w.flush();
    });
  }
}
