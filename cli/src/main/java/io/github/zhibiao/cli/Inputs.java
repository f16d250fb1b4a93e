package io.github.zhibiao.cli;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadProgress;
import io.github.zhibiao.spi.TextCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Opening inputs: the format, the character set of text, and the progress bar. */
final class Inputs {
  /** Files above this size (4 MiB) get a progress bar when standard error is a terminal. */
  static final long BAR_BYTES = 4L << 20;

  /** The formats, found once. */
  static final DatasetFormats FORMATS = DatasetFormats.installed();

  private Inputs() {}

  /** The progress listener for a file of {@code size} bytes (or a directory), or null for none. */
  static Consumer<ReadProgress> progress(Env env, long size, boolean directory) {
    if (!env.terminal() || (!directory && size <= BAR_BYTES)) {
      return null;
    }
    ProgressBar bar = new ProgressBar(env.err(), System::nanoTime);
    return bar.andThen(env.events());
  }

  /** The region of {@code --region}: unknown or ambiguous (the message lists the candidates) is a usage error. */
  static io.github.zhibiao.model.Region region(String name) {
    try {
      return io.github.zhibiao.model.Regions.builtIn().require(name);
    } catch (IllegalArgumentException e) {
      throw new Failure(Zhibiao.USAGE, "--region " + name + ": " + e.getMessage(), e);
    }
  }

  /** The file's first {@code n} bytes. */
  static byte[] head(Path file, int n) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The format {@code id}, or a usage failure listing the installed ones. */
  static DatasetFormat format(String id) {
    return FORMATS.byId(id).orElseThrow(() -> new Failure(Zhibiao.USAGE, "no format '" + id + "'; installed: "
        + ids(FORMATS.all())));
  }

  static String ids(List<DatasetFormat> formats) {
    List<String> ids = new ArrayList<>();
    for (DatasetFormat f : formats) {
      ids.add(f.id());
    }
    return String.join(", ", ids);
  }

  /** The format a file is read with: {@code id} when given, else the one the library chooses. */
  static DatasetFormat readFormat(Path file, String id) {
    if (!Files.isRegularFile(file)) {
      throw new Failure(Zhibiao.PROBLEMS, "no such file: " + file);
    }
    if (id != null) {
      DatasetFormat f = format(id);
      if (f.reader().isEmpty()) {
        throw new Failure(Zhibiao.USAGE, "format '" + id + "' does not read; readers: " + ids(readers()));
      }
      return f;
    }
    return FORMATS.readerFor(file, head(file, 4096)).orElseThrow(() -> new Failure(Zhibiao.PROBLEMS,
        "no format reads " + file + "; readers: " + ids(readers())));
  }

  static List<DatasetFormat> readers() {
    return FORMATS.all().stream().filter(f -> f.reader().isPresent()).toList();
  }

  static List<DatasetFormat> writers() {
    return FORMATS.all().stream().filter(f -> f.writer().isPresent()).toList();
  }

  /** Text formats without a charset of their own get the detected one (UTF-8 or GB18030). */
  static ReadOptions withCharset(Path file, DatasetFormat format, ReadOptions options) {
    if (options.charset().isEmpty() && "text/plain".equals(format.mediaType())) {
      return options.withCharset(TextCharsets.detect(head(file, TextCharsets.HEAD_BYTES)));
    }
    return options;
  }

  /**
   * Opens {@code file} with {@code format}: through {@link DatasetFormats#open} (with progress)
   * when it is the format the library would choose, else with the format's reader.
   */
  static ObservationCursor open(Path file, DatasetFormat format, ReadOptions options, Consumer<ReadProgress> progress) {
    boolean chosen = FORMATS.readerFor(file, head(file, 4096)).map(f -> f.id().equals(format.id())).orElse(false);
    if (chosen) {
      return progress == null ? FORMATS.open(file, options) : FORMATS.open(file, options, progress);
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
    try {
      return format.reader().orElseThrow().open(in, file.getFileName().toString(), options);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the read's failure is the one to report
      }
      throw e;
    }
  }

  /** A text file decoded strictly in its detected charset (UTF-8 or GB18030), without a byte-order mark. */
  static String readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    byte[] head = bytes.length > TextCharsets.HEAD_BYTES ? java.util.Arrays.copyOf(bytes, TextCharsets.HEAD_BYTES) : bytes;
    Charset charset = TextCharsets.detect(head);
    int bom = TextCharsets.bomLength(head);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (MalformedInputException e) {
      throw new Failure(Zhibiao.PROBLEMS, file + ": not valid " + charset.name() + " at byte " + buffer.position()
          + "; expected UTF-8 or GB18030 text");
    } catch (CharacterCodingException e) {
      throw new Failure(Zhibiao.PROBLEMS, file + ": not valid " + charset.name() + " at byte " + buffer.position()
          + ": " + e.getMessage() + "; expected UTF-8 or GB18030 text");
    }
  }

  /** The files of {@code inputs}: files as given, directories walked for {@code .txt} files in name order. */
  static List<Path> textFiles(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new Failure(Zhibiao.PROBLEMS, "no such file or directory: " + p);
      }
    }
    return files;
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
