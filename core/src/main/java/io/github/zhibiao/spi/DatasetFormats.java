package io.github.zhibiao.spi;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.model.Dataset;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds {@link DatasetFormat}s and reads and writes files with them.
 *
 * <pre>{@code
 * Dataset seed = DatasetFormats.read(Path.of("seeds/chifeng-2023.csv"));
 * DatasetFormats.write(seed, Path.of("chifeng.json"));
 * }</pre>
 *
 * <p>Formats come from {@link ServiceLoader} (module path and class path), ordered by
 * {@link DatasetFormat#rank()} (highest first), then id. Formats whose {@code isAvailable()} is
 * false are left out.
 *
 * <p><b>Misbehaving formats.</b> Every call this class makes to a format — loading it, {@code id},
 * {@code fileExtensions}, {@code rank}, {@code isAvailable}, {@code canRead} while sniffing,
 * {@code reader} and {@code writer}, opening, every call on the cursor it returns, and writing —
 * is guarded. What the SPI documents passes through: {@link DatasetReadException} and {@link
 * UncheckedIOException} from reading, {@link IOException} and {@link IllegalArgumentException}
 * from writing. Another {@link IllegalArgumentException} from reading (a parse error the reader
 * did not place) becomes a {@link DatasetReadException} for the source that names the format. Any
 * other exception, and a null where a value is due ({@code reader()} returning null, a cursor whose
 * {@code next()} returns null), is the format breaking its contract: an {@link
 * IllegalStateException} such as {@code format 'acme' (com.acme.AcmeFormat) failed in next():
 * while reading seed.acme: java.lang.NullPointerException …}. A format is asked for its id,
 * extensions and rank once, when the lookup is built.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DatasetFormats {
  private static final int SNIFF_BYTES = 4096;
  private static final System.Logger LOG = System.getLogger(DatasetFormats.class.getName());

  private final List<DatasetFormat> formats;
  private final List<Failsafe> guarded; // the same formats, in the same order

  private DatasetFormats(List<Failsafe> guarded) {
    this.guarded = guarded;
    List<DatasetFormat> list = new ArrayList<>();
    for (Failsafe f : guarded) {
      list.add(f.format);
    }
    this.formats = List.copyOf(list);
  }

  /**
   * The formats the {@link ServiceLoader} finds for this module and the context class loader.
   *
   * @return the available formats, ordered by rank then id; empty (not an error) when none is
   *     installed
   * @throws IllegalStateException if a provider fails to load, or throws from or returns null
   *     from {@code id()}, {@code fileExtensions()}, {@code rank()} or {@code isAvailable()}; the
   *     message names it
   */
  public static DatasetFormats installed() {
    return load(ServiceLoader.load(DatasetFormat.class));
  }

  /**
   * The formats a given class loader finds (class-path use, plug-in class loaders).
   *
   * @param loader the class loader to search; null means the system class loader, as
   *     {@link ServiceLoader#load(Class, ClassLoader)} has it
   * @return the available formats, ordered by rank then id
   * @throws IllegalStateException if a provider fails to load, or throws from or returns null
   *     from {@code id()}, {@code fileExtensions()}, {@code rank()} or {@code isAvailable()}; the
   *     message names it
   */
  public static DatasetFormats installed(ClassLoader loader) {
    return load(ServiceLoader.load(DatasetFormat.class, loader));
  }

  /**
   * Exactly these formats, ordered by rank then id; for tests and for explicit wiring.
   *
   * @param formats the formats to use, in any order; not null, without null elements
   * @return a lookup over those of {@code formats} that are available, sorted by rank (highest
   *     first) then id
   * @throws NullPointerException if the list or one of its formats is null
   * @throws IllegalStateException if a format throws from or returns null from {@code id()},
   *     {@code fileExtensions()}, {@code rank()} or {@code isAvailable()}, or has a blank id; the
   *     message names it
   */
  public static DatasetFormats of(List<? extends DatasetFormat> formats) {
    List<Failsafe> list = new ArrayList<>();
    for (DatasetFormat f : formats) {
      Failsafe guarded = Failsafe.of(Objects.requireNonNull(f, "format"));
      if (guarded.isAvailable()) {
        list.add(guarded);
      }
    }
    list.sort(Comparator.comparingInt((Failsafe f) -> f.rank).reversed().thenComparing(f -> f.id));
    return new DatasetFormats(List.copyOf(list));
  }

  private static DatasetFormats load(ServiceLoader<DatasetFormat> loader) {
    List<DatasetFormat> found = new ArrayList<>();
    try {
      for (DatasetFormat f : loader) {
        found.add(f);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a DatasetFormat provider failed to load: " + e.getMessage(), e);
    }
    return of(found);
  }

  /**
   * Every available format, in lookup order.
   *
   * @return an unmodifiable list, highest rank first, ties by id; possibly empty
   */
  public List<DatasetFormat> all() {
    return formats;
  }

  /**
   * The format with this id (case-insensitive).
   *
   * @param id the format id, e.g. {@code csv} or {@code JSON}; not null
   * @return the format, or an empty Optional when no available format has that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<DatasetFormat> byId(String id) {
    Objects.requireNonNull(id, "id");
    return guarded.stream().filter(f -> f.id.equalsIgnoreCase(id)).map(f -> f.format).findFirst();
  }

  /**
   * The format that claims the file's extension ({@code .csv}, {@code .json}, {@code .stat.json}).
   *
   * <p>An extension may hold dots ({@code stat.json}); the file name must end with a dot and the
   * extension. The longest extension that matches wins, so {@code chifeng.stat.json} goes to a
   * format claiming {@code stat.json} before one claiming {@code json}; among formats claiming the
   * same extension, the highest-ranked wins (then the id).
   *
   * @param path the file whose name is looked at (the file need not exist); the name is
   *     compared in lower case; not null
   * @return the format, or an empty Optional when none claims an extension of the name or the
   *     name has no dot
   * @throws NullPointerException if {@code path} is null
   */
  public Optional<DatasetFormat> byExtension(Path path) {
    return byExtension(path, f -> true).map(f -> f.format);
  }

  /** The format with the longest extension of the file name that passes {@code usable}. */
  private Optional<Failsafe> byExtension(Path path, Predicate<Failsafe> usable) {
    Path file = Objects.requireNonNull(path, "path").getFileName();
    if (file == null) {
      return Optional.empty();
    }
    String name = file.toString().toLowerCase(Locale.ROOT);
    Failsafe best = null;
    int bestLength = 0;
    for (Failsafe f : guarded) {
      int length = longestExtension(f, name);
      if (length > bestLength && usable.test(f)) {
        best = f;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The length of the longest of the format's extensions that ends {@code name}, or 0. */
  private static int longestExtension(Failsafe f, String name) {
    int longest = 0;
    for (String ext : f.extensions) {
      String lower = ext.toLowerCase(Locale.ROOT);
      if (!lower.isEmpty() && name.endsWith("." + lower) && lower.length() > longest) {
        longest = lower.length();
      }
    }
    return longest;
  }

  /**
   * The first format whose {@link DatasetFormat#canRead(byte[])} accepts these leading bytes.
   *
   * @param head the first bytes of an input, up to 4096; each format sees its own copy; not null
   * @return the highest-ranked format that accepts them, or an empty Optional when none does
   * @throws NullPointerException if {@code head} is null
   * @throws IllegalStateException if a format throws from {@code canRead}; the message names it
   */
  public Optional<DatasetFormat> sniff(byte[] head) {
    return sniff(head, f -> true).map(f -> f.format);
  }

  /** The first format that passes {@code usable} and accepts these leading bytes. */
  private Optional<Failsafe> sniff(byte[] head, Predicate<Failsafe> usable) {
    Objects.requireNonNull(head, "head");
    for (Failsafe f : guarded) {
      if (usable.test(f) && f.canRead(head)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Opens {@code path} with the format its content sniffs as, or else its extension's.
   *
   * @param path the file to read; its file name becomes the source name in problems; not null
   * @param options fail-fast or lenient, charset, delimiter, regions; not null
   * @return a cursor over the file's observations; it owns the file and closes it at the end
   *     of input or when closed
   * @throws NullPointerException if an argument is null
   * @throws DatasetReadException if the chosen reader cannot read the input at all
   * @throws ZhibiaoException if no readable format fits; the message lists the formats
   * @throws IllegalStateException if a format breaks its contract while choosing or reading (see
   *     the class documentation); the message names it
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ObservationCursor open(Path path, ReadOptions options) {
    return openWith(path, options, null);
  }

  /**
   * Opens {@code path} as {@link #open(Path, ReadOptions)} does, and tells {@code progress} how
   * far the read has come: after every 1000 records or so (skipped records count), and once when
   * the read ends — at the end of input, on an error, or when the cursor is closed. Each report
   * gives the records read, the bytes read from the file (ahead of the records by what the reader
   * has buffered) and the file's size. The listener runs on the reading thread; it should return
   * quickly and not throw.
   *
   * @param path the file to read; its file name becomes the source name in problems; not null
   * @param options fail-fast or lenient, charset, delimiter, regions; not null
   * @param progress the listener; not null
   * @return a cursor over the file's observations; it owns the file and closes it at the end
   *     of input or when closed
   * @throws NullPointerException if an argument is null
   * @throws DatasetReadException if the chosen reader cannot read the input at all
   * @throws ZhibiaoException if no readable format fits; the message lists the formats
   * @throws IllegalStateException if a format breaks its contract while choosing or reading (see
   *     the class documentation); the message names it
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ObservationCursor open(Path path, ReadOptions options, Consumer<ReadProgress> progress) {
    Objects.requireNonNull(progress, "progress");
    return openWith(path, options, progress);
  }

  /** Opens the file; {@code progress} is null for a read nobody follows. */
  private ObservationCursor openWith(Path path, ReadOptions options, Consumer<ReadProgress> progress) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    ProgressCursor.Counting counted = null;
    long size = -1;
    InputStream in;
    try {
      if (progress != null) {
        size = Files.size(path);
      }
      InputStream file = Files.newInputStream(path);
      if (progress != null) {
        counted = new ProgressCursor.Counting(file);
        file = counted;
      }
      in = new BufferedInputStream(file, 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + path + ": " + e.getMessage(), e);
    }
    try {
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(SNIFF_BYTES);
      in.reset();
      String[] how = new String[1];
      Failsafe format = choose(path, head, how)
          .orElseThrow(() -> new ZhibiaoException("no format reads " + path + "; installed: " + ids()));
      String source = path.getFileName().toString();
      String by = how[0];
      LOG.log(System.Logger.Level.DEBUG, () -> "reading " + path + " as " + format.id + ", chosen by " + by);
      ObservationCursor cursor = format.open(in, source, options);
      return progress == null ? cursor : new ProgressCursor(cursor, counted, size, source, progress);
    } catch (IOException e) {
      close(in);
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(in);
      throw e;
    }
  }

  /**
   * The format that {@link #open(Path, ReadOptions)} reads a file with, given its leading bytes:
   * a readable format that claims the file's extension and accepts the bytes; else the first
   * readable format that accepts the bytes; else a readable format that claims the extension. A
   * command line or a service uses this to say which format it read.
   *
   * @param path the file (only its name is looked at); not null
   * @param head the file's first bytes, up to 4096; not null
   * @return the format {@code open} would choose, or empty when no readable format fits
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if a format throws from {@code canRead}; the message names it
   */
  public Optional<DatasetFormat> readerFor(Path path, byte[] head) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(head, "head");
    return choose(path, head, new String[1]).map(f -> f.format);
  }

  /** The readable format for {@code path} and {@code head}; {@code how[0]} is set to how it was chosen. */
  private Optional<Failsafe> choose(Path path, byte[] head, String[] how) {
    Predicate<Failsafe> readable = f -> f.reader().isPresent();
    how[0] = "its extension and content";
    Optional<Failsafe> chosen = byExtension(path, readable).filter(f -> f.canRead(head));
    if (chosen.isEmpty()) {
      how[0] = "its content";
      chosen = sniff(head, readable);
    }
    if (chosen.isEmpty()) {
      how[0] = "its extension (the content matched no format)";
      chosen = byExtension(path, readable);
    }
    return chosen;
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the original failure is the one to report
    }
  }

  /**
   * Writes {@code dataset} to {@code path} in the format of its extension.
   *
   * @param dataset the dataset to write; not null
   * @param path the file to write, created or replaced; its extension ({@code .csv},
   *     {@code .json} …) picks the format; not null
   * @param options character set, byte-order mark, delimiter, JSON indentation
   * @throws IllegalArgumentException if no writable format claims the extension, or the format
   *     cannot express something in the dataset
   * @throws IllegalStateException if the format breaks its contract while writing; the message
   *     names it
   * @throws IOException if writing fails
   */
  public void write(Dataset dataset, Path path, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(options, "options");
    Failsafe format = byExtension(path, f -> f.writer().isPresent())
        .orElseThrow(() -> new IllegalArgumentException("no format writes files like " + path.getFileName()
            + "; installed: " + ids()));
    try (OutputStream out = Files.newOutputStream(path)) {
      format.write(dataset, out, options);
    }
  }

  private String ids() {
    List<String> ids = new ArrayList<>();
    for (Failsafe f : guarded) {
      ids.add(f.id + " (" + String.join(", ", f.extensions) + ")");
    }
    return ids.isEmpty() ? "none (add zhibiao-io-csv or zhibiao-io-json)" : String.join(", ", ids);
  }

  /**
   * Reads a whole file with the installed formats and default options into a dataset.
   *
   * @param path the file to read, e.g. {@code seeds/chifeng-2023.csv}; not null
   * @return every observation of the file, in file order
   * @throws ZhibiaoException if no installed format reads the file
   * @throws DatasetReadException at the first bad record (default options fail fast)
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public static Dataset read(Path path) {
    return installed().open(path, ReadOptions.defaults()).toDataset();
  }

  /**
   * Writes a dataset with the installed format of the path's extension and default options.
   *
   * @param dataset the dataset to write; not null
   * @param path the file to write, created or replaced, as UTF-8 without a BOM; not null
   * @throws IllegalArgumentException if no installed format writes files with that extension
   * @throws IOException if writing fails
   */
  public static void write(Dataset dataset, Path path) throws IOException {
    installed().write(dataset, path, WriteOptions.defaults());
  }
}
