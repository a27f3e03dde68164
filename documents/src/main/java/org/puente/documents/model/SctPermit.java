package org.puente.documents.model;

/**
 * What Carta Porte's Autotransporte needs beyond the vehicle: the SCT permit and the civil
 * liability insurance.
 *
 * @param type c_TipoPermiso (e.g. {@code TPAF01})
 * @param number permit number
 * @param insurer civil liability insurer
 * @param policy civil liability policy number
 */
public record SctPermit(String type, String number, String insurer, String policy) {}
