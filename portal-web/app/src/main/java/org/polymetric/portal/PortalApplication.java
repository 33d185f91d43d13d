package org.polymetric.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The portal's JAX-RS application. Empty on purpose: Payara then discovers every resource and
 * provider in the WAR and its module jars, so adding a module jar adds its endpoints.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Polymetric", version = "1",
        description = "The portal's own APIs (tokens, administration, access) and every dialect module's API"))
public class PortalApplication extends Application {
}
