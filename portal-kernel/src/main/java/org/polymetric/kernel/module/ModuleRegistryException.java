package org.polymetric.kernel.module;

/** The set of modules cannot be served together; the portal refuses to start. */
public class ModuleRegistryException extends RuntimeException {
    public ModuleRegistryException(String message) {
        super(message);
    }
}
