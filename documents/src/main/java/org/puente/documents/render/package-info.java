/** Bilingual (ES/EN) rendering of every document as HTML and PDF, with its QR code (zxing). */
package org.puente.documents.render;
