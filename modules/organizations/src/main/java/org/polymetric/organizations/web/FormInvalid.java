package org.polymetric.organizations.web;

/** A page form with invalid fields; the message lists them. */
public class FormInvalid extends RuntimeException {
    public FormInvalid(String message) {
        super(message);
    }
}
