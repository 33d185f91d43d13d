package org.polymetric.portal.access;

import org.polymetric.kernel.web.JsonBuilders;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * {@code GET /api/access/{organization|studio|game}/{id}} → {@code {"resource", "id", "level"}}:
 * the highest level the caller holds there, through the hierarchy and, for a token, within its
 * scope. Lets an integration check a token before using it. 401 anonymous; 404 when the caller
 * holds nothing there (whether or not it exists, so that ids of other organizations leak nothing).
 */
@Path("api/access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {
    @Inject
    AccessGuard guard;

    @GET
    @Path("{resource: organization|studio|game}/{id: \\d{1,18}}")
    public JsonObject level(@PathParam("resource") String resource, @PathParam("id") long id) {
        guard.requireUser();
        ResourceType type = ResourceType.fromWord(resource).orElseThrow(NotFoundException::new);
        Optional<AccessLevel> highest = Optional.empty();
        for (AccessLevel level : AccessLevel.values()) {
            if (guard.can(Permissions.of(type, level, id))) {
                highest = Optional.of(level);
            }
        }
        AccessLevel level = highest.orElseThrow(() -> new NotFoundException("You hold no access to this " + resource));
        return JsonBuilders.object().add("resource", resource).add("id", id).add("level", level.word()).build();
    }
}
