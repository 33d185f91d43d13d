package org.polymetric.kernel.security;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address as the throttle counts it: the socket's peer. */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
