package org.puente.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.documents.credentials.HsNomenclature;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.GoodsItem;

/**
 * Rules on a whole consignment beyond its identifiers: net weight within gross, each national
 * classification refining the goods item's HS-6 (checked, never derived), HS-6 existing in HS 2022
 * when the nomenclature is configured.
 */
final class ConsignmentRules {
  private ConsignmentRules() {}

  static List<ValidationError> check(Consignment c, Optional<HsNomenclature> hs) {
    List<ValidationError> errors = new ArrayList<>();
    for (int i = 0; i < c.goodsItems().size(); i++) {
      goodsItem(c.goodsItems().get(i), "/goodsItems/" + i, hs, errors);
    }
    return errors;
  }

  private static void goodsItem(
      GoodsItem g, String path, Optional<HsNomenclature> hs, List<ValidationError> errors) {
    if (g.netKg() != null && g.grossKg() != null && g.netKg().compareTo(g.grossKg()) > 0) {
      errors.add(
          ErrorCode.WEIGHT_NET_OVER_GROSS.at(
              path + "/netKg", g.netKg().toPlainString(), g.grossKg().toPlainString()));
    }
    if (g.hs6() == null) {
      return;
    }
    String hs6 = g.hs6().value();
    if (g.htsus() != null && !g.htsus().hs6().equals(hs6)) {
      errors.add(
          ErrorCode.CLASSIFICATION_MISMATCH.at(path + "/htsus", "HTSUS", g.htsus().value(), hs6));
    }
    if (g.tigie() != null && !g.tigie().hs6().equals(hs6)) {
      errors.add(
          ErrorCode.CLASSIFICATION_MISMATCH.at(
              path + "/tigie", "TIGIE", g.tigie().tenDigits(), hs6));
    }
    if (hs.isPresent() && !hs.get().exists(hs6)) {
      errors.add(ErrorCode.HS_UNKNOWN.at(path + "/hs6", hs6));
    }
  }
}
