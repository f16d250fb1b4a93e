package io.github.zhibiao.sdmx;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import io.github.zhibiao.testkit.Generator;
import io.github.zhibiao.testkit.Generators;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SDMX-CSV passes the format contract, over generated datasets restricted to what SDMX-CSV
 * holds: breakdowns (with one label each), statuses and notes, exact values in their indicator's unit, indicators with
 * a code, a name and a unit (their kind the unit's default; a magnitude on an unstated or opaque
 * unit scales the value instead, as the writer asks); no change, ranking, share, plan
 * completion or qualifier, which the writer refuses (tested in {@link NbsAndBadInputTest}).
 */
class SdmxCsvContract implements DatasetFormatContract {
  static final String HEADER = "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n";

  @Override
  public DatasetFormat format() {
    return new SdmxCsvFormat();
  }

  @Override
  public Generator<Dataset> datasets() {
    Generator<Dataset> all = Generators.datasetsWithBreakdowns(30);
    return in -> {
      Dataset.Builder b = Dataset.builder();
      Set<String> keys = new HashSet<>();
      for (Observation o : all.next(in).observations()) {
        Observation s = sdmxCsvPart(o);
        if (keys.add(s.indicator().code() + '|' + s.region().code() + '|' + s.period() + '|' + s.breakdowns())) {
          b.add(s);
        }
      }
      return b.build();
    };
  }

  /** What SDMX-CSV holds of an observation: see the class description. */
  static Observation sdmxCsvPart(Observation o) {
    Indicator i = o.indicator();
    Unit unit = i.unit();
    BigDecimal value = o.value().value();
    if (unit.magnitude().isPresent() && (unit.withoutMagnitude().isOpaque() || unit.withoutMagnitude().equals(Units.NOT_STATED))) {
      value = value.scaleByPowerOfTen(unit.magnitude().get().exponent()); // 千未注明: a scaled value, no magnitude
      unit = unit.withoutMagnitude();
    }
    Indicator plain = Indicator.builder().code(i.code()).name(i.name()).unit(unit).build();
    Breakdowns named = Breakdowns.empty();
    for (Breakdowns.Entry e : o.breakdowns().entries()) {
      named = named.with(Breakdown.of(e.breakdown().code(), e.breakdown().label()), e.category());
    }
    Observation.Builder b = Observation.builder().indicator(plain).region(o.region()).period(o.period())
        .breakdowns(named).value(Quantity.of(value, unit)).status(o.status());
    o.note().ifPresent(b::note);
    return b.build();
  }

  /** The samples of the large input without their indicators' kinds, which SDMX-CSV does not carry. */
  @Override
  public Observation writable(Observation sample) {
    return sdmxCsvPart(sample);
  }

  @Override
  public List<BadInput> badInputs() {
    String ok = "XX:DF(1.0),CN,GDP,2023,12,CNY,0,A\n";
    return List.of(
        BadInput.of("bad number", HEADER + ok + "XX:DF(1.0),CN,GDP,2023,1O5,CNY,0,A\n", "1O5", 1),
        BadInput.of("bad period", HEADER + ok + "XX:DF(1.0),CN,GDP,2023-W54,1,CNY,0,A\n", "2023-W54", 1),
        BadInput.of("bad unit multiplier", HEADER + "XX:DF(1.0),CN,GDP,2023,1,CNY,x,A\n" + ok,
            "expected a power of ten", 1),
        BadInput.of("bad structure", HEADER + "DF,CN,GDP,2023,1,CNY,0,A\n" + ok,
            "expected a structure reference AGENCY:ID(VERSION)", 1),
        BadInput.of("ragged row", HEADER + ok + "XX:DF(1.0),CN,GDP,2023\n", "the row has 4 fields but the header has 8", 1),
        BadInput.of("delete row", "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,XX:DF(1.0),D,CN,2023,1\n", "a Delete row (ACTION D)", 1),
        BadInput.of("no OBS_VALUE", "DATAFLOW,REF_AREA,TIME_PERIOD,VALUE\nXX:DF(1.0),CN,2023,1\n",
            "the header has no OBS_VALUE column", -1),
        BadInput.of("labels=name", "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,OBS_VALUE\ndataflow,X:Y(1.0),Y,I,1\n",
            "labels=name", -1),
        BadInput.of("not SDMX-CSV", "indicator,region,period,value\nGDP,150400,2023,1\n",
            "expected an SDMX-CSV header starting with DATAFLOW", -1));
  }
}
