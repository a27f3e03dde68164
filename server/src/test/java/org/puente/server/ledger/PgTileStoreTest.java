package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.LedgerException;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.DomainSeparation;
import org.puente.ledger.model.Hash;
import org.puente.ledger.model.MerkleTree;
import org.puente.ledger.model.NoteSigner;
import org.puente.ledger.model.Tile;
import org.puente.ledger.model.TileId;
import org.puente.server.NodeTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL tile store on the shared node's database, each test in a log of its own origin: a
 * reopened log has the same tree, a corrupt stored tile is refused, and a commit never shrinks the
 * tree.
 */
class PgTileStoreTest extends NodeTestBase {
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  private static String origin() {
    return "test-" + UUID.randomUUID() + ".puente.test/log";
  }

  private static NoteSigner signer(String origin) {
    return NoteSigner.log(origin, MultikeyPair.fromSecret(KeyType.ED25519, new byte[32], null));
  }

  @Test
  void reopenedLog_hasTheSameEntriesAndRoot() throws Exception {
    String origin = origin();
    Hash root;
    try (TransparencyLog log =
        TransparencyLog.open(PgTileStore.open(dataSource, origin), signer(origin))) {
      for (int i = 0; i < 600; i++) {
        log.appendAsync(("e" + i).getBytes(StandardCharsets.UTF_8));
      }
      log.append("last".getBytes(StandardCharsets.UTF_8));
      root = log.rootHash(601);
    }
    try (TransparencyLog log =
        TransparencyLog.open(PgTileStore.open(dataSource, origin), signer(origin))) {
      assertThat(log.size()).isEqualTo(601);
      assertThat(log.rootHash(601)).isEqualTo(root);
      byte[] entry = log.entry(599);
      MerkleTree.verifyInclusion(
          log.inclusionProof(599, 601), DomainSeparation.leafHash(entry), root);
      assertThat(log.append("after reopen".getBytes(StandardCharsets.UTF_8))).isEqualTo(601);
    }
  }

  @Test
  void truncatedStoredTile_isRefusedWithItsCode() throws Exception {
    String origin = origin();
    PgTileStore store = PgTileStore.open(dataSource, origin);
    store.commit(
        2, List.of(new Tile(new TileId(TileId.ENTRIES, 0, 2), new byte[] {0, 1, 'a', 0, 1, 'b'})));
    jdbc.sql("UPDATE ledger_tile SET data = ? WHERE origin = ?")
        .params(new byte[] {0, 1, 'a', 0, 5, 'b'}, origin)
        .update();
    assertThatThrownBy(() -> store.readTile(TileId.ENTRIES, 0))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(LedgerException.Code.TRUNCATED_TILE));
  }

  @Test
  void commit_neverShrinksTheTree_andLeavesNothingBehindWhenRefused() throws Exception {
    String origin = origin();
    PgTileStore store = PgTileStore.open(dataSource, origin);
    store.commit(3, List.of());
    Tile tile = new Tile(new TileId(0, 0, 1), new byte[32]);
    assertThatThrownBy(() -> store.commit(2, List.of(tile)))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> assertThat(e.code()).isEqualTo(LedgerException.Code.STORAGE_FAILED));
    assertThat(store.treeSize()).isEqualTo(3);
    assertThat(store.readTile(0, 0)).isEmpty();
  }
}
