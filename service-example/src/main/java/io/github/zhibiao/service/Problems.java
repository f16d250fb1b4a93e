package io.github.zhibiao.service;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.unit.IncompatibleUnitsException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * RFC 9457 problem details for every refusal: status 400, the library's message as {@code detail},
 * and its place as extension members ({@code source}, {@code line}, {@code path} (a JSON path),
 * {@code field}, {@code text}). Anything unexpected is a 500 with a fixed detail: no message or
 * stack trace of the server's own leaves it.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {
  static final URI BAD_INPUT = URI.create("https://github.com/zhibiao/zhibiao/blob/main/service-example/README.md#errors");
  private static final System.Logger LOG = System.getLogger(Problems.class.getName());

  @ExceptionHandler(DatasetReadException.class)
  ProblemDetail read(DatasetReadException e) {
    Problem p = e.problem();
    ProblemDetail pd = badInput(p.toString());
    pd.setProperty("source", p.source());
    p.line().ifPresent(l -> pd.setProperty("line", l));
    p.path().ifPresent(x -> pd.setProperty("path", x));
    p.field().ifPresent(x -> pd.setProperty("field", x));
    p.text().ifPresent(x -> pd.setProperty("text", x));
    pd.setProperty("expected", p.message());
    return pd;
  }

  @ExceptionHandler(BadRequest.class)
  ProblemDetail bad(BadRequest e) {
    ProblemDetail pd = badInput(e.getMessage());
    if (e.path != null) {
      pd.setProperty("path", e.path);
    }
    if (e.field != null) {
      pd.setProperty("field", e.field);
    }
    if (e.text != null) {
      pd.setProperty("text", e.text);
    }
    return pd;
  }

  @ExceptionHandler(IncompatibleUnitsException.class)
  ProblemDetail units(IncompatibleUnitsException e) {
    ProblemDetail pd = badInput(e.getMessage());
    pd.setTitle("Incompatible units");
    return pd;
  }

  @ExceptionHandler(ZhibiaoException.class)
  ProblemDetail zhibiao(ZhibiaoException e) {
    ProblemDetail pd = badInput(e.getMessage());
    e.place().ifPresent(p -> pd.setProperty("place", p));
    return pd;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.log(System.Logger.Level.ERROR, "unexpected error", e);
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "An unexpected error occurred; it has been logged.");
    pd.setTitle("Internal error");
    return pd;
  }

  /** A JSON body Jackson could not read: the library's message and the JSON path where it failed. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = ex.getCause();
    ProblemDetail pd;
    if (cause instanceof DatabindException d) {
      pd = badInput(d.getOriginalMessage());
      pd.setProperty("path", jsonPath(d));
      if (d.getLocation() != null) {
        pd.setProperty("line", d.getLocation().getLineNr());
        pd.setProperty("column", d.getLocation().getColumnNr());
      }
    } else if (cause instanceof tools.jackson.core.JacksonException j) {
      pd = badInput(j.getOriginalMessage());
      if (j.getLocation() != null) {
        pd.setProperty("line", j.getLocation().getLineNr());
        pd.setProperty("column", j.getLocation().getColumnNr());
      }
    } else {
      pd = badInput("the request body is missing or not readable; expected " + "JSON as the README shows");
    }
    return ResponseEntity.badRequest().headers(headers).body(pd);
  }

  private static String jsonPath(DatabindException d) {
    StringBuilder sb = new StringBuilder("$");
    for (tools.jackson.databind.DatabindException.Reference r : d.getPath()) {
      if (r.getPropertyName() != null) {
        sb.append('.').append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static ProblemDetail badInput(String detail) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    pd.setTitle("Bad input");
    pd.setType(BAD_INPUT);
    return pd;
  }
}
