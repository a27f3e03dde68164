package org.puente.documents;

import java.util.Locale;

/**
 * Every rule this module checks, with its message in English and in Spanish. Messages are templates
 * filled with {@link String#format(Locale, String, Object...)} in {@link Locale#ROOT}.
 */
public enum ErrorCode {
  VIN_FORMAT(
      "a VIN has 17 characters from 0-9 and A-Z without I, O, Q; found '%s'",
      "un NIV tiene 17 caracteres de 0-9 y A-Z sin I, O, Q; se encontró '%s'"),
  VIN_CHECK_DIGIT(
      "VIN '%s' has check digit %s but its characters give %s (49 CFR 565.15)",
      "el NIV '%s' tiene dígito verificador %s pero sus caracteres dan %s (49 CFR 565.15)"),
  ENTRY_NUMBER_FORMAT(
      "a CBP entry number is a 3-character filer code, 7 digits and a check digit; found '%s'",
      "un número de entry de CBP es un código de filer de 3 caracteres, 7 dígitos y un dígito verificador; se encontró '%s'"),
  ENTRY_NUMBER_CHECK_DIGIT(
      "CBP entry number '%s' has check digit %s but should have %s",
      "el número de entry de CBP '%s' tiene dígito verificador %s pero debería ser %s"),
  PEDIMENTO_FORMAT(
      "a pedimento number is 15 digits 'YY  AA  PPPP  DNNNNNN'; found '%s'",
      "un número de pedimento son 15 dígitos 'AA  AD  PPPP  DNNNNNN'; se encontró '%s'"),
  PEDIMENTO_YEAR_DIGIT(
      "pedimento '%s': the year digit %s does not match the year %s",
      "pedimento '%s': el dígito del año %s no corresponde al año %s"),
  ADUANA_UNKNOWN("'%s' is not a SAT aduana (c_Aduana)", "'%s' no es una aduana del SAT (c_Aduana)"),
  ADUANA_SECCION_FORMAT(
      "an aduana-sección is 3 digits (2 aduana + 1 sección); found '%s'",
      "una aduana-sección son 3 dígitos (2 de aduana + 1 de sección); se encontró '%s'"),
  CBP_PORT_UNKNOWN(
      "'%s' is not a known CBP port code", "'%s' no es un código de puerto de CBP conocido"),
  SCAC_FORMAT(
      "a SCAC is 2 to 4 capital letters; found '%s'",
      "un SCAC son de 2 a 4 letras mayúsculas; se encontró '%s'"),
  SCN_FORMAT(
      "a shipment control number is a 4-letter SCAC and 1 to 12 capitals or digits; found '%s'",
      "un número de control de embarque (SCN) es un SCAC de 4 letras y de 1 a 12 mayúsculas o dígitos; se encontró '%s'"),
  TRIP_NUMBER_FORMAT(
      "a trip number is a 4-letter SCAC and 4 to 21 capitals or digits; found '%s'",
      "un número de viaje es un SCAC de 4 letras y de 4 a 21 mayúsculas o dígitos; se encontró '%s'"),
  RFC_FORMAT(
      "an RFC has 12 (moral) or 13 (física) characters per SAT t_RFC; found '%s'",
      "un RFC tiene 12 (moral) o 13 (física) caracteres según t_RFC del SAT; se encontró '%s'"),
  RFC_DATE("RFC '%s' does not contain a real date", "el RFC '%s' no contiene una fecha válida"),
  RFC_CHECK_DIGIT(
      "RFC '%s' has check digit %s but its homoclave gives %s",
      "el RFC '%s' tiene dígito verificador %s pero su homoclave da %s"),
  IDCCP_FORMAT(
      "an IdCCP is 'CCC' and 33 hexadecimal characters in UUID groups; found '%s'",
      "un IdCCP es 'CCC' y 33 caracteres hexadecimales en grupos de UUID; se encontró '%s'"),
  UUID_FORMAT(
      "a CFDI UUID has 36 characters (8-4-4-4-12 hexadecimal); found '%s'",
      "un UUID de CFDI tiene 36 caracteres (8-4-4-4-12 hexadecimales); se encontró '%s'"),
  HS_FORMAT(
      "an HS subheading has 6 digits; found '%s'",
      "una subpartida SA tiene 6 dígitos; se encontró '%s'"),
  HS_UNKNOWN(
      "HS subheading '%s' does not exist in the HS 2022 nomenclature",
      "la subpartida SA '%s' no existe en la nomenclatura SA 2022"),
  HTSUS_FORMAT(
      "an HTSUS number has 10 digits; found '%s'",
      "un número HTSUS tiene 10 dígitos; se encontró '%s'"),
  TIGIE_FORMAT(
      "a TIGIE code is an 8-digit fracción and a 2-digit NICO; found '%s'",
      "un código TIGIE es una fracción de 8 dígitos y un NICO de 2 dígitos; se encontró '%s'"),
  CLASSIFICATION_MISMATCH(
      "%s '%s' does not start with HS subheading %s", "%s '%s' no empieza con la subpartida SA %s"),
  ID_FORMAT("%s: expected %s; found '%s'", "%s: se esperaba %s; se encontró '%s'"),
  REQUIRED("%s is required", "%s es obligatorio"),
  SCHEMA("%s", "%s"),
  BLANKET_PERIOD_TOO_LONG(
      "the blanket period %s to %s is longer than 12 months (USMCA Art. 5.2.4)",
      "el periodo de certificación %s a %s excede 12 meses (T-MEC art. 5.2.4)"),
  BLANKET_PERIOD_REVERSED(
      "the blanket period ends (%s) before it starts (%s)",
      "el periodo de certificación termina (%s) antes de empezar (%s)"),
  ORIGIN_CRITERION(
      "origin criterion '%s' is not one of A, B, C, D (USMCA Art. 4.2)",
      "el criterio de origen '%s' no es A, B, C ni D (T-MEC art. 4.2)"),
  DODA_FOREIGN_PEDIMENTO(
      "pedimento '%s' was cleared at aduana %s, not at the DODA's aduana %s",
      "el pedimento '%s' se despachó en la aduana %s, no en la aduana %s del DODA"),
  WEIGHT_NET_OVER_GROSS(
      "net weight %s kg exceeds gross weight %s kg",
      "el peso neto %s kg excede el peso bruto %s kg"),
  MISSING_FOR_AUTHORITY(
      "%s needs %s, which the source does not carry", "%s requiere %s, que el origen no contiene"),
  JOIN_KEY_CONFLICT(
      "%s differs between the documents: '%s' and '%s'",
      "%s difiere entre los documentos: '%s' y '%s'"),
  XSD("SAT Carta Porte 3.1 schema: %s", "esquema Carta Porte 3.1 del SAT: %s"),
  MID_FORMAT(
      "a manufacturer ID (MID) is a country (or Canadian province) code, up to 6 letters of the name, up to 4 digits and 3 letters of the city, at most 15 characters; found '%s'",
      "un MID (identificación del fabricante) es un código de país (o provincia canadiense), hasta 6 letras del nombre, hasta 4 dígitos y 3 letras de la ciudad, máximo 15 caracteres; se encontró '%s'"),
  ENTRY_TOTAL_MISMATCH(
      "CBP Form 7501 %s is %s but the lines and fees add up to %s",
      "el %s del formato CBP 7501 es %s pero las partidas y cuotas suman %s"),
  SPI_WITHOUT_USMCA_CRITERION(
      "line %s claims USMCA preference (SPI '%s', 19 CFR 182.11) without a USMCA origin criterion",
      "la partida %s solicita trato preferencial T-MEC (SPI '%s', 19 CFR 182.11) sin criterio de origen T-MEC"),
  SPI_ORIGIN_NOT_USMCA(
      "line %s claims USMCA preference (SPI '%s') for goods originating in %s, not in the US, Mexico or Canada",
      "la partida %s solicita trato preferencial T-MEC (SPI '%s') para mercancía originaria de %s, no de EUA, México o Canadá"),
  DATES_OUT_OF_ORDER(
      "the date of block %s (%s) must not be after the date of block %s (%s)",
      "la fecha del bloque %s (%s) no puede ser posterior a la del bloque %s (%s)"),
  ENTRY_DUTY_MISMATCH(
      "line %s: duty %s does not match the rate '%s' on the entered value %s (expected %s)",
      "partida %s: el arancel %s no corresponde a la tasa '%s' sobre el valor declarado %s (se esperaba %s)"),
  ENTRY_FILER_CODE(
      "entry number %s was not issued under the filer's code %s",
      "el número de entry %s no corresponde al código de filer %s");

  private final String en;
  private final String es;

  ErrorCode(String en, String es) {
    this.en = en;
    this.es = es;
  }

  /** The English message with its arguments filled in. */
  public String english(Object... args) {
    return String.format(Locale.ROOT, en, args);
  }

  /** The Spanish message with its arguments filled in. */
  public String spanish(Object... args) {
    return String.format(Locale.ROOT, es, args);
  }

  /** This rule's error at a path. */
  public ValidationError at(String path, Object... args) {
    return new ValidationError(path, name(), english(args), spanish(args));
  }
}
