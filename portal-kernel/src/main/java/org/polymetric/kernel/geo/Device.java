package org.polymetric.kernel.geo;

/**
 * What a user agent says it is: browser family ({@code Chrome}), operating system family
 * ({@code Android}) and device class ({@link DeviceClass}). Unknown parts are {@code "Other"}, as
 * the ua-parser project names them.
 */
public record Device(String browser, String os, DeviceClass deviceClass) {
}
