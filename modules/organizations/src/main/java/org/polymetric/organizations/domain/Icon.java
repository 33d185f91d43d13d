package org.polymetric.organizations.domain;

/** A checked icon: its bytes and the content type its bytes (not its file name) show. */
public record Icon(String contentType, byte[] bytes) {
}
