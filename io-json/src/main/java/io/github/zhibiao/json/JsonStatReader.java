package io.github.zhibiao.json;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads JSON-stat 2.0 datasets and collections (datasets embedded in {@code link.item}) into
 * observations, as a stream: each cell is a record, read when the cursor asks for it.
 *
 * <p><b>Memory.</b> The dimensions, the status and the zhibiao extension are held while a dataset
 * is read (their size is that of their part of the input); the values stream when they come after
 * all of these, as zhibiao writes them, and are held otherwise, at most {@value #MAX_HELD} of them
 * ({@link JsonStatDataset} says what happens past that). A dataset of more than {@value #MAX_CELLS}
 * cells (the product of its sizes) is refused as soon as its {@code size} is read, before anything is
 * allocated for its cells; a sparse value object costs a bit per cell up to its largest key, so that
 * a cell given twice is found.
 *
 * <p><b>Errors.</b> Fatal, in both modes: malformed JSON, a duplicate key, a version other than
 * "2.0", id and size that disagree, a missing dimension or role — except in a dataset of a
 * collection, which is then skipped as one bad record, so that a lenient read goes on with the
 * collection's next dataset. Per cell, counted and skipped in
 * lenient mode: a value that is not a decimal number within 10^±100, a sparse key that is not a
 * canonical cell index ({@code "+0"} beside {@code "0"}), a cell outside the sizes or given twice, a
 * bad status code, a bad zhibiao cell extension, and a category (an indicator's unit, a region, a
 * period) that cannot be read, whose cells are each rejected with its problem.
 */
final class JsonStatReader implements DatasetReader {
  /** The most cells a dataset may have: the product of its sizes. */
  static final long MAX_CELLS = 100_000_000L;
  /** The most values (and status codes) held in memory while a dataset is read. */
  static final int MAX_HELD = 1_000_000;
  /** The most cells with a zhibiao extension (qualifier, change, ranking …) a dataset may have. */
  static final int MAX_CELL_EXTRAS = 100_000;
  /** The most dimensions a dataset may have. */
  static final int MAX_DIMENSIONS = 64;

  private final int maxHeld;

  /** A reader that holds at most {@link #MAX_HELD} values. */
  JsonStatReader() {
    this(MAX_HELD);
  }

  /** A reader that holds at most {@code maxHeld} values: for tests of the bound. */
  JsonStatReader(int maxHeld) {
    this.maxHeld = maxHeld;
  }

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Cursor c = new Cursor(source, options, in, maxHeld);
    try {
      c.start();
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** One level of the document being read: a dataset, a collection's link, or its items. */
  private interface Frame {
    /** One step of reading; an observation, or null when the step made none. */
    Observation step();

    /** Whether this level has been read to its end. */
    boolean done();
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final InputStream in;
    private final int maxHeld;
    private final Resolver r;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private JsonParser p;
    private JsonStatDataset current;

    Cursor(String source, ReadOptions options, InputStream in, int maxHeld) {
      super(source, options);
      this.in = in;
      this.maxHeld = maxHeld;
      this.r = new Resolver(source, options);
      this.r.missing = this::missing;
    }

    void start() {
      try {
        p = Json.STREAM_MAPPER.createParser(in);
        r.lineSource = () -> current != null && current.replaying() ? 0 : p.currentTokenLocation().getLineNr();
        JsonToken t = p.nextToken();
        if (t == null) {
          throw fatal(Problem.of(source(), "the input is empty; expected a JSON-stat 2.0 dataset or collection"));
        }
        if (t != JsonToken.START_OBJECT) {
          throw fatalAt("$", "expected a JSON-stat 2.0 object (class dataset or collection)");
        }
        push(new JsonStatDataset(p, r, "$", true, maxHeld, this::fatalWithLine));
      } catch (JacksonException e) {
        throw fatalFrom(e);
      }
    }

    private DatasetReadException fatalWithLine(Problem problem) {
      long line = p == null ? 0 : p.currentTokenLocation().getLineNr();
      return fatal(line > 0 && problem.line().isEmpty() ? problem.atLine(line) : problem);
    }

    private DatasetReadException fatalAt(String path, String message) {
      return fatalWithLine(Problem.of(source(), message).atPath(path));
    }

    private DatasetReadException fatalFrom(JacksonException e) {
      return fatal(NativeJsonReader.malformed(source(), e, current == null ? "$" : current.place).problem());
    }

    private void push(JsonStatDataset d) {
      push(d, -1);
    }

    /**
     * Pushes the frame of a dataset; one of a collection ({@code depth} its nesting depth, else -1)
     * that cannot be read is skipped to its end and rejected as one record.
     */
    private void push(JsonStatDataset d, int depth) {
      frames.push(new Frame() {
        private boolean skipped;

        @Override
        public Observation step() {
          current = d;
          Observation o;
          try {
            o = d.step();
          } catch (ItemFailure f) {
            skipped = true;
            while (p.streamReadContext().getNestingDepth() >= depth && p.nextToken() != null) {
              // to the end of the dataset that cannot be read
            }
            throw new DatasetReadException(f.problem);
          }
          if (d.takeLinkRequest()) {
            frames.push(new Link(d));
          }
          String key = d.takeBundleItem();
          if (key != null) {
            String at = key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "$." + key : "$['" + key.replace("'", "\\'") + "']";
            push(new JsonStatDataset(p, r, at, false, maxHeld, problem -> {
              throw new ItemFailure(problem);
            }, key), p.streamReadContext().getNestingDepth());
          }
          return o;
        }

        @Override
        public boolean done() {
          return skipped || d.done();
        }
      });
    }

    /** A dataset of a collection that cannot be read; its problem, for the record it is. */
    private final class ItemFailure extends RuntimeException {
      private static final long serialVersionUID = 1L;
      private final transient Problem problem;

      ItemFailure(Problem problem) {
        super(problem.toString(), null, false, false);
        long line = p.currentTokenLocation().getLineNr();
        this.problem = line > 0 && problem.line().isEmpty() ? problem.atLine(line) : problem;
      }
    }

    @Override
    protected Observation readRecord() {
      try {
        while (!frames.isEmpty()) {
          Frame f = frames.peek();
          if (f.done()) {
            frames.pop();
            continue;
          }
          Observation o = f.step();
          if (o != null) {
            return o;
          }
        }
        if (p.currentToken() != null && p.nextToken() != null) {
          throw fatalAt("$", "unexpected content after the JSON-stat object");
        }
        return null;
      } catch (JacksonException e) {
        throw fatalFrom(e);
      }
    }

    /** A collection's {@code link}: its {@code item} array holds the datasets. */
    private final class Link implements Frame {
      private final JsonStatDataset collection;
      private boolean done;

      Link(JsonStatDataset collection) {
        this.collection = collection;
      }

      @Override
      public Observation step() {
        String name = p.nextName();
        if (name == null) {
          done = true;
        } else if (name.equals("item")) {
          if (p.nextToken() != JsonToken.START_ARRAY) {
            throw fatalAt("$.link.item", "a collection needs link.item, an array of datasets");
          }
          collection.itemsFound();
          frames.push(new Items());
        } else {
          p.nextToken();
          p.skipChildren();
        }
        return null;
      }

      @Override
      public boolean done() {
        return done;
      }
    }

    /** The datasets of {@code link.item}, one after the other. */
    private final class Items implements Frame {
      private int index;
      private boolean done;

      @Override
      public Observation step() {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          done = true;
          return null;
        }
        String at = "$.link.item[" + index++ + "]";
        if (t != JsonToken.START_OBJECT) {
          throw fatalAt(at, "only embedded datasets are read; this item is not an object");
        }
        push(new JsonStatDataset(p, r, at, false, maxHeld, problem -> {
          throw new ItemFailure(problem);
        }, index == 1 ? null : "DATASET_" + (index - 1)), p.streamReadContext().getNestingDepth());
        return null;
      }

      @Override
      public boolean done() {
        return done;
      }
    }

    @Override
    public void close() {
      try {
        if (p != null) {
          p.close();
        }
        in.close();
      } catch (java.io.IOException | JacksonException e) {
        // closing: nothing useful to report
      }
    }
  }
}
