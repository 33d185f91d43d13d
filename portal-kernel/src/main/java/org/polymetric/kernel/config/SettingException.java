package org.polymetric.kernel.config;

/** A setting that stops start-up; its message is the one line the operator reads. */
public class SettingException extends RuntimeException {
    public SettingException(String message) {
        super(message);
    }
}
