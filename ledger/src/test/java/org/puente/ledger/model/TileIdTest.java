package org.puente.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.ledger.model.SignedNoteTest.assertCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.ledger.LedgerException.Code;

class TileIdTest {
  @Test
  void path_specExamples_matchTlogTiles() throws Exception {
    // C2SP tlog-tiles: index 1234067 is x001/x234/067.
    assertThat(new TileId(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
    assertThat(new TileId(1, 0, 17).path()).isEqualTo("tile/1/000.p/17");
    assertThat(new TileId(TileId.ENTRIES, 1000, 256).path()).isEqualTo("tile/entries/x001/000");
    for (TileId id :
        List.of(new TileId(0, 1234067, 256), new TileId(1, 0, 17), new TileId(-1, 5, 255))) {
      assertThat(TileId.parse(id.path())).isEqualTo(id);
    }
  }

  @Test
  void parse_nonCanonicalPaths_areRefused() {
    for (String bad :
        List.of(
            "tile/0/1234067",
            "tile/0/001/234",
            "tile/0/x000/001",
            "tile/64/000",
            "tile/01/000",
            "tile/0/000.p/0",
            "tile/0/000.p/256",
            "tile/0/000.p/07",
            "tile/x/000",
            "tile/0/00")) {
      assertCode(() -> TileId.parse(bad), Code.MALFORMED_PATH);
    }
  }

  @Test
  void partialWidth_specExample70000_matchesTlogTiles() {
    // "a tree of size 70,000 ... partial level 0 tile of width 112, ... partial level 1 tile of
    // width 17, and one partial level 2 tile of width 1"
    assertThat(Tiles.partialWidth(70_000, 0)).isEqualTo(112);
    assertThat(Tiles.partialWidth(70_000, 1)).isEqualTo(17);
    assertThat(Tiles.partialWidth(70_000, 2)).isEqualTo(1);
    assertThat(Tiles.partialIndex(70_000, 0)).isEqualTo(273);
  }

  @Test
  void decodeBundle_truncated_isRefused() {
    byte[] bundle = Tiles.encodeBundle(List.of(new byte[] {1, 2, 3}, new byte[] {4}));
    TileId id = new TileId(TileId.ENTRIES, 0, 2);
    assertCode(
        () -> Tiles.decodeBundle(id, java.util.Arrays.copyOf(bundle, bundle.length - 1)),
        Code.TRUNCATED_TILE);
    assertCode(() -> Tiles.decodeBundle(id.withWidth(3), bundle), Code.TRUNCATED_TILE);
  }
}
