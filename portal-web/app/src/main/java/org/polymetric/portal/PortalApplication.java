package org.polymetric.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's JAX-RS application. Empty on purpose: Payara then discovers every resource and
 * provider in the WAR and its module jars, so adding a module jar adds its endpoints.
 */
@ApplicationPath("/")
public class PortalApplication extends Application {
}
