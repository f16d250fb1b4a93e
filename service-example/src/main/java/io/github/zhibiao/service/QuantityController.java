package io.github.zhibiao.service;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.QuantityFormat;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import java.math.RoundingMode;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /quantities/convert {"quantity": "130亿斤", "unit": "万吨"}}. */
@RestController
class QuantityController {
  private final UnitCatalog units = UnitCatalog.builtIn();

  /**
   * The request: a quantity as written, the target unit, and optionally the decimals to round the
   * text to ({@code scale}) and how ({@code rounding}, HALF_UP by default).
   */
  record ConvertRequest(String quantity, String unit, Integer scale, RoundingMode rounding) {}

  /**
   * The answer: the quantity read, the exact result (a result that does not terminate is rounded to
   * 34 significant digits, half even), and its text, rounded to {@code scale} when asked.
   */
  record ConvertResponse(Quantity quantity, Quantity result, String text) {}

  @PostMapping(path = "/quantities/convert", consumes = "application/json", produces = "application/json")
  ConvertResponse convert(@RequestBody ConvertRequest request) {
    String qt = required(request.quantity(), "quantity", "a quantity such as 130亿斤");
    String ut = required(request.unit(), "unit", "a unit such as 万吨");
    Quantity q;
    try {
      q = Quantity.parse(qt, units);
    } catch (IllegalArgumentException e) {
      throw BadRequest.field("quantity", qt, e.getMessage(), e);
    }
    Unit target;
    try {
      target = units.parse(ut);
    } catch (IllegalArgumentException e) {
      throw BadRequest.field("unit", ut, e.getMessage(), e);
    }
    Quantity result = q.to(target); // IncompatibleUnitsException: a 400 with the message
    QuantityFormat format = QuantityFormat.chinese();
    if (request.scale() != null) {
      if (request.scale() < 0) {
        throw BadRequest.field("scale", request.scale().toString(), "scale must be 0 or more", null);
      }
      format = format.withScale(request.scale(), request.rounding() == null ? RoundingMode.HALF_UP : request.rounding());
    }
    String text;
    try {
      text = format.format(result);
    } catch (ArithmeticException e) {
      throw BadRequest.field("rounding", String.valueOf(request.rounding()), result + " needs rounding to "
          + request.scale() + " decimals", e);
    }
    return new ConvertResponse(q, result, text);
  }

  static String required(String value, String field, String expected) {
    if (value == null || value.isBlank()) {
      throw BadRequest.field(field, value == null ? "" : value, "'" + field + "' is required: " + expected, null);
    }
    return value;
  }
}
