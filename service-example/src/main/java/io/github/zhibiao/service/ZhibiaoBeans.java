package io.github.zhibiao.service;

import io.github.zhibiao.json.ZhibiaoModule;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.text.TextExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library's shared, immutable objects, made once. Boot's Jackson auto-configuration adds every
 * {@code tools.jackson.databind.JacksonModule} bean to the {@code JsonMapper} it builds, so the
 * controllers' records carrying {@code Quantity}, {@code Observation} and {@code Finding} are written
 * by the library's own serializers.
 */
@Configuration(proxyBeanMethods = false)
class ZhibiaoBeans {
  @Bean
  ZhibiaoModule zhibiaoModule(Regions regions) {
    return new ZhibiaoModule().withRegions(regions);
  }

  /** The formats on the class path, looked up once (ServiceLoader), not per request. */
  @Bean
  DatasetFormats datasetFormats() {
    return DatasetFormats.installed();
  }

  @Bean
  Regions regions() {
    return Regions.builtIn();
  }

  @Bean
  TextExtractor textExtractor() {
    return TextExtractor.create();
  }
}
