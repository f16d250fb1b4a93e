package io.github.zhibiao.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * zhibiao inside a Spring Boot 4 service: {@code POST /quantities/convert}, {@code POST
 * /datasets/check} and {@code POST /text/extract}. Runs on the class path (see the README).
 */
@SpringBootApplication
public class ZhibiaoService {
  /**
   * Starts the service (port 8080 unless {@code --server.port} says otherwise).
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ZhibiaoService.class, args);
  }
}
