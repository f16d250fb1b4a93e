/** A user's module that reads zhibiao data. */
module com.example.consumer {
  requires io.github.zhibiao.csv;
  requires io.github.zhibiao.json;

  exports com.example.consumer;
}
