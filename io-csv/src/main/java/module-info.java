/** CSV readers and writers for zhibiao datasets. */
module io.github.zhibiao.csv {
  requires transitive io.github.zhibiao.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
}
