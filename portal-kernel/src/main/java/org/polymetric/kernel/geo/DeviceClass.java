package org.polymetric.kernel.geo;

/** The kind of device a user agent runs on. */
public enum DeviceClass {
    DESKTOP, PHONE, TABLET, BOT, OTHER
}
