package org.puente.credentials.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.multibase.Multibase;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Puente's base58btc decoder against copper-multibase on random byte strings. */
class Base58BtcTest {
  @Test
  void decode_randomBytes_matchesCopperMultibase() {
    Random random = new Random(58);
    for (int i = 0; i < 5_000; i++) {
      byte[] bytes = new byte[1 + random.nextInt(90)];
      random.nextBytes(bytes);
      for (int z = Math.min(bytes.length, random.nextInt(4)) - 1; z >= 0; z--) {
        bytes[z] = 0;
      }
      String multibase = Multibase.BASE_58_BTC.encode(bytes);
      assertThat(Base58Btc.decode(multibase.substring(1))).isEqualTo(bytes);
      assertThat(Base58Btc.decode(multibase.substring(1)))
          .isEqualTo(Multibase.BASE_58_BTC.decode(multibase));
    }
  }

  @Test
  void decode_characterOutsideTheAlphabet_isRejected() {
    for (String bad : new String[] {"0", "O", "I", "l", "+", "é", "abc d"}) {
      assertThatThrownBy(() -> Base58Btc.decode("2" + bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("base58btc");
    }
  }
}
