/** A user's module that reads zhibiao data. */
module com.example.consumer {
  requires io.github.zhibiao.csv;
  requires io.github.zhibiao.json;
  requires io.github.zhibiao.sdmx;
  requires io.github.zhibiao.excel;

  exports com.example.consumer;
}
