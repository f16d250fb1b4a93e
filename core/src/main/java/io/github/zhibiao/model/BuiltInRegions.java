package io.github.zhibiao.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in GB/T 2260 divisions: the 31 provincial-level divisions, Inner Mongolia's 12
 * prefecture-level divisions and Chifeng's 12 county-level divisions (codes and names as in the
 * 2024 list of administrative division codes). The level follows from the code: {@code xx0000}
 * provincial, {@code xxxx00} prefecture, otherwise county; the parent is the enclosing code.
 * Nobody's API.
 */
final class BuiltInRegions {

  /** Code, full name, short name. */
  private static final String[][] TABLE = {
    {"110000", "北京市", "北京"},
    {"120000", "天津市", "天津"},
    {"130000", "河北省", "河北"},
    {"140000", "山西省", "山西"},
    {"150000", "内蒙古自治区", "内蒙古"},
    {"210000", "辽宁省", "辽宁"},
    {"220000", "吉林省", "吉林"},
    {"230000", "黑龙江省", "黑龙江"},
    {"310000", "上海市", "上海"},
    {"320000", "江苏省", "江苏"},
    {"330000", "浙江省", "浙江"},
    {"340000", "安徽省", "安徽"},
    {"350000", "福建省", "福建"},
    {"360000", "江西省", "江西"},
    {"370000", "山东省", "山东"},
    {"410000", "河南省", "河南"},
    {"420000", "湖北省", "湖北"},
    {"430000", "湖南省", "湖南"},
    {"440000", "广东省", "广东"},
    {"450000", "广西壮族自治区", "广西"},
    {"460000", "海南省", "海南"},
    {"500000", "重庆市", "重庆"},
    {"510000", "四川省", "四川"},
    {"520000", "贵州省", "贵州"},
    {"530000", "云南省", "云南"},
    {"540000", "西藏自治区", "西藏"},
    {"610000", "陕西省", "陕西"},
    {"620000", "甘肃省", "甘肃"},
    {"630000", "青海省", "青海"},
    {"640000", "宁夏回族自治区", "宁夏"},
    {"650000", "新疆维吾尔自治区", "新疆"},
    // Inner Mongolia's prefecture-level divisions
    {"150100", "呼和浩特市", "呼和浩特"},
    {"150200", "包头市", "包头"},
    {"150300", "乌海市", "乌海"},
    {"150400", "赤峰市", "赤峰"},
    {"150500", "通辽市", "通辽"},
    {"150600", "鄂尔多斯市", "鄂尔多斯"},
    {"150700", "呼伦贝尔市", "呼伦贝尔"},
    {"150800", "巴彦淖尔市", "巴彦淖尔"},
    {"150900", "乌兰察布市", "乌兰察布"},
    {"152200", "兴安盟", "兴安"},
    {"152500", "锡林郭勒盟", "锡林郭勒"},
    {"152900", "阿拉善盟", "阿拉善"},
    // Chifeng's county-level divisions; short names are the abbreviations local reports use
    // (阿旗, 克旗, 翁旗, 喀旗); 巴林左旗 and 巴林右旗 keep their full names, "左旗" being ambiguous
    {"150402", "红山区", "红山"},
    {"150403", "元宝山区", "元宝山"},
    {"150404", "松山区", "松山"},
    {"150421", "阿鲁科尔沁旗", "阿旗"},
    {"150422", "巴林左旗", "巴林左旗"},
    {"150423", "巴林右旗", "巴林右旗"},
    {"150424", "林西县", "林西"},
    {"150425", "克什克腾旗", "克旗"},
    {"150426", "翁牛特旗", "翁旗"},
    {"150428", "喀喇沁旗", "喀旗"},
    {"150429", "宁城县", "宁城"},
    {"150430", "敖汉旗", "敖汉"},
  };

  private BuiltInRegions() {}

  /** The built-in regions, parents before children, in table order. */
  static List<Region> load() {
    Map<String, Region> byCode = new HashMap<>();
    byCode.put(Region.INNER_MONGOLIA.code(), Region.INNER_MONGOLIA);
    byCode.put(Region.CHIFENG.code(), Region.CHIFENG);
    List<Region> all = new ArrayList<>(TABLE.length);
    for (String[] row : TABLE) {
      String code = row[0];
      Region region = byCode.get(code);
      if (region == null) {
        if (code.endsWith("0000")) {
          region = Region.of(code, row[1], row[2], RegionLevel.PROVINCE);
        } else if (code.endsWith("00")) {
          Region parent = byCode.get(code.substring(0, 2) + "0000");
          region = Region.of(code, row[1], row[2], RegionLevel.PREFECTURE, parent);
        } else {
          Region parent = byCode.get(code.substring(0, 4) + "00");
          region = Region.of(code, row[1], row[2], RegionLevel.COUNTY, parent);
        }
        byCode.put(code, region);
      }
      all.add(region);
    }
    return all;
  }
}
