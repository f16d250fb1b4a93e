package io.github.zhibiao.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An .xlsx workbook read with the JDK's own StAX parser: the workbook, its relationships, shared
 * strings and cell styles (for indents) once, then each sheet streamed one row at a time. Before a
 * sheet's rows, one quick pass inflates the sheet without parsing it, to find its merged areas
 * (which the file keeps after the rows) and its last 128 KiB (the footer). The input is copied to
 * a temporary file, deleted on close, so that the zip can be read in any order. Memory: the shared
 * strings, the styles, the merged areas and one row.
 */
final class XlsxGrid implements Grid {
  static final int TAIL_BYTES = 128 * 1024;
  private static final XMLInputFactory XML = xmlFactory();
  private static final Pattern MERGE = Pattern.compile(
      "<(?:\\w+:)?mergeCell\\s[^>]*?ref=\"([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?\"");

  private final String source;
  private final Path file;
  private final ZipFile zip;
  private final List<SheetInfo> sheets = new ArrayList<>();
  private final List<String> sheetPaths = new ArrayList<>();
  private String[] strings = new String[0];
  private int[] indents = new int[0];

  XlsxGrid(InputStream in, String source) {
    this.source = source;
    try {
      file = Files.createTempFile("zhibiao-", ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      try (in) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      zip = new ZipFile(file.toFile());
      readWorkbook();
      readStrings();
      readStyles();
    } catch (IOException e) {
      deleteQuietly();
      throw new UncheckedIOException(source + ": cannot read the workbook: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly();
      throw e;
    }
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    // not coalescing: every text is read with getElementText, which joins the pieces itself
    return f;
  }

  private static String local(String qname) {
    int i = qname.indexOf(':');
    return i < 0 ? qname : qname.substring(i + 1);
  }

  private static String attr(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (local(r.getAttributeLocalName(i)).equals(name)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private InputStream entry(String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    return e == null ? null : zip.getInputStream(e);
  }

  private XMLStreamReader parser(InputStream in, String what) {
    try {
      return XML.createXMLStreamReader(in, "UTF-8");
    } catch (XMLStreamException e) {
      throw malformed(what, e);
    }
  }

  private IllegalArgumentException malformed(String what, Exception e) {
    return new IllegalArgumentException(source + ": " + what + " is not well-formed XML (" + e.getMessage()
        + "); expected an .xlsx workbook as Excel writes it");
  }

  private void readWorkbook() throws IOException {
    Map<String, String> targets = new HashMap<>();
    try (InputStream rels = entry("xl/_rels/workbook.xml.rels")) {
      if (rels != null) {
        XMLStreamReader r = parser(rels, "xl/_rels/workbook.xml.rels");
        try {
          while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && local(r.getLocalName()).equals("Relationship")) {
              targets.put(attr(r, "Id"), attr(r, "Target"));
            }
          }
        } catch (XMLStreamException e) {
          throw malformed("xl/_rels/workbook.xml.rels", e);
        }
      }
    }
    try (InputStream wb = entry("xl/workbook.xml")) {
      if (wb == null) {
        throw new IllegalArgumentException(source + ": no xl/workbook.xml; expected an .xlsx workbook");
      }
      XMLStreamReader r = parser(wb, "xl/workbook.xml");
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && local(r.getLocalName()).equals("sheet")) {
            String state = attr(r, "state");
            String target = targets.get(attr(r, "id"));
            if (target == null) {
              target = "worksheets/sheet" + (sheets.size() + 1) + ".xml";
            }
            String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            sheets.add(new SheetInfo(sheets.size(), attr(r, "name"), state != null && !state.equals("visible")));
            sheetPaths.add(path);
          }
        }
      } catch (XMLStreamException e) {
        throw malformed("xl/workbook.xml", e);
      }
    }
  }

  private void readStrings() throws IOException {
    try (InputStream in = entry("xl/sharedStrings.xml")) {
      if (in == null) {
        return;
      }
      List<String> list = new ArrayList<>();
      XMLStreamReader r = parser(in, "xl/sharedStrings.xml");
      StringBuilder sb = null;
      int phonetic = 0;
      try {
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            String n = local(r.getLocalName());
            if (n.equals("si")) {
              sb = new StringBuilder();
            } else if (n.equals("rPh")) {
              phonetic++;
            } else if (n.equals("t") && sb != null && phonetic == 0) {
              sb.append(r.getElementText());
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            String n = local(r.getLocalName());
            if (n.equals("si") && sb != null) {
              list.add(sb.toString());
              sb = null;
            } else if (n.equals("rPh")) {
              phonetic--;
            }
          }
        }
      } catch (XMLStreamException e) {
        throw malformed("xl/sharedStrings.xml", e);
      }
      strings = list.toArray(new String[0]);
    }
  }

  private void readStyles() throws IOException {
    try (InputStream in = entry("xl/styles.xml")) {
      if (in == null) {
        return;
      }
      List<Integer> list = new ArrayList<>();
      XMLStreamReader r = parser(in, "xl/styles.xml");
      boolean inXfs = false;
      try {
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            String n = local(r.getLocalName());
            if (n.equals("cellXfs")) {
              inXfs = true;
            } else if (inXfs && n.equals("xf")) {
              list.add(0);
            } else if (inXfs && n.equals("alignment") && !list.isEmpty()) {
              String indent = attr(r, "indent");
              if (indent != null) {
                list.set(list.size() - 1, Integer.parseInt(indent.strip()));
              }
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT && local(r.getLocalName()).equals("cellXfs")) {
            inXfs = false;
          }
        }
      } catch (XMLStreamException | NumberFormatException e) {
        throw malformed("xl/styles.xml", e);
      }
      indents = list.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  @Override
  public List<SheetInfo> sheets() {
    return sheets;
  }

  @Override
  public SheetRows open(SheetInfo sheet) {
    String path = sheetPaths.get(sheet.index());
    try {
      Prescan scan = prescan(path);
      InputStream in = entry(path);
      return new Rows(in, path, scan);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private record Prescan(List<Merge> merges, byte[] tail) {}

  /** Inflates a sheet once without parsing it: its merged areas and its last bytes. */
  private Prescan prescan(String path) throws IOException {
    byte[] pattern = "<mergeCells".getBytes(StandardCharsets.US_ASCII);
    byte[] ring = new byte[TAIL_BYTES];
    long total = 0;
    int matched = 0;
    ByteArrayOutputStream merges = null;
    try (InputStream in = entry(path)) {
      if (in == null) {
        throw new IllegalArgumentException(source + ": the workbook names a sheet at " + path + " but has no such part");
      }
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        // the last TAIL_BYTES bytes, kept in a ring
        int at = (int) (total % TAIL_BYTES);
        int first = Math.min(n, TAIL_BYTES - at);
        System.arraycopy(buf, 0, ring, at, first);
        if (first < n) {
          System.arraycopy(buf, first, ring, 0, Math.min(n - first, TAIL_BYTES));
        }
        total += n;
        if (merges != null) {
          merges.write(buf, 0, n);
          continue;
        }
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (matched == 0 && b != '<') {
            continue;
          }
          if (b == pattern[matched]) {
            if (++matched == pattern.length) {
              merges = new ByteArrayOutputStream();
              merges.write(pattern, 0, pattern.length);
              merges.write(buf, i + 1, n - i - 1);
              break;
            }
          } else {
            matched = b == pattern[0] ? 1 : 0;
          }
        }
      }
    }
    List<Merge> list = new ArrayList<>();
    if (merges != null) {
      Matcher m = MERGE.matcher(merges.toString(StandardCharsets.UTF_8));
      while (m.find()) {
        int c1 = Grid.columnIndex(m.group(1));
        int r1 = Integer.parseInt(m.group(2)) - 1;
        int c2 = m.group(3) == null ? c1 : Grid.columnIndex(m.group(3));
        int r2 = m.group(4) == null ? r1 : Integer.parseInt(m.group(4)) - 1;
        list.add(new Merge(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2)));
      }
    }
    int size = (int) Math.min(total, TAIL_BYTES);
    byte[] tail = new byte[size];
    long start = total - size;
    for (int i = 0; i < size; i++) {
      tail[i] = ring[(int) ((start + i) % TAIL_BYTES)];
    }
    return new Prescan(List.copyOf(list), tail);
  }

  private final class Rows implements SheetRows {
    private final InputStream in;
    private final String path;
    private final Prescan scan;
    private final XMLStreamReader r;
    private int lastRow = -1;
    /** The width to allocate a row's cells with: the widest row so far (at most 1024), at least 8. */
    private int width = 8;

    Rows(InputStream in, String path, Prescan scan) {
      this.in = in;
      this.path = path;
      this.scan = scan;
      this.r = parser(in, path);
    }

    @Override
    public List<Merge> merges() {
      return scan.merges;
    }

    @Override
    public List<Row> tail(int n) {
      String text = new String(scan.tail, StandardCharsets.UTF_8);
      int from = text.indexOf("<row ");
      int alt = text.indexOf("<x:row ");
      if (from < 0 || (alt >= 0 && alt < from)) {
        from = alt;
      }
      if (from < 0) {
        return List.of();
      }
      int end = text.lastIndexOf("</row>");
      int altEnd = text.lastIndexOf("</x:row>");
      int stop = Math.max(end < 0 ? -1 : end + 6, altEnd < 0 ? -1 : altEnd + 8);
      if (stop <= from) {
        return List.of();
      }
      String fragment = "<sheetData>" + text.substring(from, stop) + "</sheetData>";
      XMLStreamReader t = parser(new ByteArrayInputStream(fragment.getBytes(StandardCharsets.UTF_8)), path);
      ArrayDeque<Row> last = new ArrayDeque<>();
      for (Row row; (row = read(t)) != null; ) {
        if (!row.isEmpty()) {
          last.addLast(row);
          if (last.size() > n) {
            last.removeFirst();
          }
        }
      }
      return List.copyOf(last);
    }

    @Override
    public Row next() {
      for (Row row; (row = read(r)) != null; ) {
        if (!row.isEmpty()) {
          return row;
        }
      }
      return null;
    }

    private Row read(XMLStreamReader x) {
      try {
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT && local(x.getLocalName()).equals("row")) {
            String rr = attr(x, "r");
            int index = rr == null ? lastRow + 1 : Integer.parseInt(rr.strip()) - 1;
            lastRow = index;
            return row(x, index);
          }
        }
        return null;
      } catch (XMLStreamException | NumberFormatException e) {
        throw malformed(path, e);
      }
    }

    private Row row(XMLStreamReader x, int index) throws XMLStreamException {
      Cell[] cells = new Cell[width];
      int next = 0;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.END_ELEMENT && local(x.getLocalName()).equals("row")) {
          break;
        }
        if (ev == XMLStreamConstants.START_ELEMENT && local(x.getLocalName()).equals("c")) {
          String ref = null;
          String type = null;
          String style = null;
          for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            String a = x.getAttributeLocalName(i);
            if (a.length() == 1) {
              switch (a.charAt(0)) {
                case 'r' -> ref = x.getAttributeValue(i);
                case 't' -> type = x.getAttributeValue(i);
                case 's' -> style = x.getAttributeValue(i);
                default -> { }
              }
            }
          }
          int col = ref == null ? next : column(ref);
          if (col < 0) {
            col = next; // a reference without column letters: the cell after the last
          }
          next = col + 1;
          Cell c = cell(x, col, type, style);
          if (col >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
          }
          cells[col] = c;
        }
      }
      width = Math.max(width, Math.min(next, 1024)); // the next row is likely as wide
      return new Row(index, cells);
    }

    /** The 0-based column of a cell reference (B12 → 1), or -1. */
    private int column(String ref) {
      int c = 0;
      int k = 0;
      for (; k < ref.length(); k++) {
        char ch = ref.charAt(k);
        if (ch < 'A' || ch > 'Z') {
          break;
        }
        c = c * 26 + (ch - 'A' + 1);
      }
      return k == 0 ? -1 : c - 1;
    }

    private Cell cell(XMLStreamReader x, int col, String type, String style) throws XMLStreamException {
      int indent = 0;
      if (style != null) {
        int s = Integer.parseInt(style.strip());
        indent = s >= 0 && s < indents.length ? indents[s] : 0;
      }
      String value = null;
      String formula = null;
      StringBuilder inline = null;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.END_ELEMENT && local(x.getLocalName()).equals("c")) {
          break;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = local(x.getLocalName());
          if (n.equals("v")) {
            value = x.getElementText();
          } else if (n.equals("f")) {
            formula = x.getElementText();
          } else if (n.equals("t")) {
            if (inline == null) {
              inline = new StringBuilder();
            }
            inline.append(x.getElementText());
          }
        }
      }
      if ("inlineStr".equals(type)) {
        return new Cell(col, Kind.TEXT, inline == null ? "" : inline.toString(), null, indent);
      }
      if (value == null) {
        return formula != null ? new Cell(col, Kind.FORMULA_WITHOUT_VALUE, "=" + formula, null, indent)
            : new Cell(col, Kind.BLANK, "", null, indent);
      }
      if (type == null || type.equals("n")) {
        BigDecimal number;
        try {
          number = Grid.plainExcelDecimal(value);
          if (number == null) {
            number = Grid.excelNumber(new BigDecimal(value.strip()));
          }
        } catch (NumberFormatException e) {
          return new Cell(col, Kind.TEXT, value, null, indent);
        }
        return new Cell(col, Kind.NUMBER, value, number, indent);
      }
      switch (type) {
        case "s": {
          int i = Integer.parseInt(value.strip());
          if (i < 0 || i >= strings.length) {
            throw new IllegalArgumentException(source + ": " + path + " refers to shared string " + i + " of "
                + strings.length + " at " + Grid.address(lastRow, col));
          }
          return new Cell(col, Kind.TEXT, strings[i], null, indent);
        }
        case "b":
          return new Cell(col, Kind.BOOLEAN, value.strip().equals("1") ? "TRUE" : "FALSE", null, indent);
        case "e":
          return new Cell(col, Kind.ERROR, value, null, indent);
        default: // str (a formula's text), d (an ISO date)
          return new Cell(col, Kind.TEXT, value, null, indent);
      }
    }

    @Override
    public void close() {
      try {
        r.close();
        in.close();
      } catch (XMLStreamException | IOException e) {
        // closing a read part of a temporary file: nothing left to lose
      }
    }
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // the temporary file is deleted below either way
    }
    deleteQuietly();
  }

  private void deleteQuietly() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
