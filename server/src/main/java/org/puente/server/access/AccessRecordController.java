package org.puente.server.access;

import java.util.List;
import org.puente.server.api.NodeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access record, for auditors and node-admins: newest first, paged by {@code after}. */
@RestController
public class AccessRecordController {
  private final AccessRecords records;

  AccessRecordController(AccessRecords records) {
    this.records = records;
  }

  /** Records newer than {@code after} (an id), newest first, at most {@code limit}. */
  @GetMapping(value = "/api/v1/access-records", produces = MediaType.APPLICATION_JSON_VALUE)
  List<AccessRecord> list(
      @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit)
      throws NodeException {
    if (limit < 1 || limit > 1000 || after < 0) {
      throw new NodeException(
          NodeException.Code.INVALID_REQUEST,
          "expected 1 <= limit <= 1000 and after >= 0, found limit " + limit + ", after " + after);
    }
    return records.newest(limit, after);
  }
}
