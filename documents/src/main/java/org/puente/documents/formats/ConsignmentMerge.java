package org.puente.documents.formats;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.CrewMember;
import org.puente.documents.model.GoodsItem;
import org.puente.documents.model.Party;
import org.puente.documents.model.TransportEquipment;

/**
 * Merges partial consignments read from different documents into one: a field present in one
 * document fills the gap in another; a field present in both with different values is a join-key
 * conflict (the first document's value is kept and the conflict reported). List elements are
 * matched by their identity in the domain: parties by role, goods items by sequence, equipment by
 * number or plate, drivers by name, FAST ID or gafete; other lists are unions.
 */
public final class ConsignmentMerge {
  private ConsignmentMerge() {}

  /**
   * The merged consignment and the conflicts found.
   *
   * @param consignment the merge
   * @param conflicts one per field whose documents disagree
   */
  public record Merged(Consignment consignment, List<ValidationError> conflicts) {
    public Merged {
      conflicts = List.copyOf(conflicts);
    }
  }

  /** Merges the parts in order (earlier parts win a conflict). */
  public static Merged merge(List<Consignment> parts) {
    List<ValidationError> conflicts = new ArrayList<>();
    Consignment result = null;
    for (Consignment part : parts) {
      result = (Consignment) merge(result, part, "", conflicts);
    }
    return new Merged(result, conflicts);
  }

  private static Object merge(Object a, Object b, String path, List<ValidationError> conflicts) {
    if (a == null || isEmptyList(a)) {
      return b;
    }
    if (b == null || isEmptyList(b)) {
      return a;
    }
    if (a instanceof List<?> la) {
      return mergeLists(la, (List<?>) b, path, conflicts);
    }
    if (a instanceof Record ra && ra.getClass().getRecordComponents().length > 1) {
      return mergeRecords(ra, (Record) b, path, conflicts);
    }
    if (!a.equals(b)) {
      conflicts.add(ErrorCode.JOIN_KEY_CONFLICT.at(path, path, a, b));
    }
    return a;
  }

  private static boolean isEmptyList(Object o) {
    return o instanceof List<?> l && l.isEmpty();
  }

  private static Object mergeRecords(
      Record a, Record b, String path, List<ValidationError> conflicts) {
    RecordComponent[] cs = a.getClass().getRecordComponents();
    Object[] args = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      args[i] = merge(get(a, cs[i]), get(b, cs[i]), path + "/" + cs[i].getName(), conflicts);
    }
    Class<?>[] types = Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      return a.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + a.getClass().getSimpleName(), e);
    }
  }

  private static List<Object> mergeLists(
      List<?> a, List<?> b, String path, List<ValidationError> conflicts) {
    List<Object> out = new ArrayList<>();
    List<Object> rest = new ArrayList<>(b);
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object match = rest.stream().filter(y -> same(x, y)).findFirst().orElse(null);
      if (match == null) {
        out.add(x);
      } else {
        rest.remove(match);
        out.add(merge(x, match, path + "/" + i, conflicts));
      }
    }
    out.addAll(rest);
    return out;
  }

  private static boolean same(Object x, Object y) {
    if (x instanceof Party p && y instanceof Party q) {
      return p.role() == q.role();
    }
    if (x instanceof GoodsItem g && y instanceof GoodsItem h) {
      return g.sequence() == h.sequence();
    }
    if (x instanceof TransportEquipment e && y instanceof TransportEquipment f) {
      return e.type() == f.type()
          && (both(e.number(), f.number())
              || both(
                  e.plate() == null ? null : e.plate().number(),
                  f.plate() == null ? null : f.plate().number()));
    }
    if (x instanceof CrewMember c && y instanceof CrewMember d) {
      return both(c.name(), d.name())
          || both(c.fastId(), d.fastId())
          || both(c.gafete(), d.gafete());
    }
    return x.equals(y);
  }

  private static boolean both(Object a, Object b) {
    return a != null && Objects.equals(a, b);
  }

  private static Object get(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
