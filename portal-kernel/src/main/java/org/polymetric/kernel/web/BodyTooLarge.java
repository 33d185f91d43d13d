package org.polymetric.kernel.web;

import java.io.IOException;

/** Thrown by a request's body once it has gone past the portal's size limit ({@link RequestSizeLimit}). */
public final class BodyTooLarge extends IOException {
    public BodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
