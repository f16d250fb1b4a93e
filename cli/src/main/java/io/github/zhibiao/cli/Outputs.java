package io.github.zhibiao.cli;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.WriteOptions;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing a dataset to a file or to standard output ({@code -}). */
final class Outputs {
  private Outputs() {}

  /** The writing format: {@code id} when given, else the one that claims the file's extension. */
  static DatasetFormat writeFormat(String out, String id) {
    DatasetFormat f;
    if (id != null) {
      f = Inputs.format(id);
    } else if ("-".equals(out)) {
      throw new Failure(Zhibiao.USAGE, "writing to standard output needs --to ID; writers: "
          + Inputs.ids(Inputs.writers()));
    } else {
      f = null;
      int longest = 0;
      for (DatasetFormat x : Inputs.writers()) { // highest rank first: a tie keeps the first
        int n = claims(x, out);
        if (n > longest) {
          f = x;
          longest = n;
        }
      }
      if (f == null) {
        throw new Failure(Zhibiao.USAGE, "no format writes files like " + out + "; give --to ID; writers: "
            + Inputs.ids(Inputs.writers()));
      }
    }
    if (f.writer().isEmpty()) {
      throw new Failure(Zhibiao.USAGE, "format '" + f.id() + "' does not write; writers: "
          + Inputs.ids(Inputs.writers()));
    }
    return f;
  }

  /** The length of the longest of the format's extensions that ends the name, or 0. */
  private static int claims(DatasetFormat f, String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    int longest = 0;
    for (String e : f.fileExtensions()) {
      String ext = e.toLowerCase(java.util.Locale.ROOT);
      if (!ext.isEmpty() && lower.endsWith("." + ext) && ext.length() > longest) {
        longest = ext.length();
      }
    }
    return longest;
  }

  /** Writes {@code dataset} with {@code format} to {@code out} (a path, or {@code -} for {@code stdout}). */
  static void write(Dataset dataset, DatasetFormat format, String out, WriteOptions options, OutputStream stdout) {
    try {
      if ("-".equals(out)) {
        OutputStream kept = new FilterOutputStream(stdout) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
        format.writer().orElseThrow().write(dataset, kept, options);
        kept.flush();
      } else {
        Path path = Path.of(out);
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
          Files.createDirectories(dir);
        }
        try (OutputStream o = Files.newOutputStream(path)) {
          format.writer().orElseThrow().write(dataset, o, options);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new Failure(Zhibiao.PROBLEMS, "format " + format.id() + " cannot write this data: " + e.getMessage(), e);
    }
  }
}
