package io.github.zhibiao.spark;

import org.apache.spark.sql.SparkSession;

/** One SparkSession on local[2] for every test class of the module (Surefire runs them in one JVM). */
final class SparkSessions {
  private static SparkSession shared;

  private SparkSessions() {}

  static synchronized SparkSession shared() {
    if (shared == null) {
      shared = SparkSession.builder()
          .master("local[2]")
          .appName("zhibiao-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
      ZhibiaoFunctions.register(shared);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }
}
