package org.polymetric.portal.admin;

import org.polymetric.kernel.web.JsonBuilders;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.polymetric.kernel.identity.OrganizationProvisioning;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.time.VendorDates;

/**
 * {@code POST /api/admin/organizations} {@code {"name", "owner": {"email", "password"}}} → 201
 * {@code {"id", "name", "created_at", "owner": {"email"}}}. Portal administrators only (Basic or
 * session + CSRF); 400 on bad input.
 */
@Path("api/admin/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {
    @Inject
    OrganizationProvisioning provisioning;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue value) {
        // JsonValue, not JsonObject: an array or a number must be a 400, not a reader failure
        JsonObject body = value instanceof JsonObject o ? o : null;
        if (body == null || !(body.get("owner") instanceof JsonObject owner)) {
            throw new BadRequestException("owner: an object with email and password");
        }
        String email = owner.get("email") instanceof JsonString s ? s.getString() : null;
        String password = owner.get("password") instanceof JsonString s ? s.getString() : null;
        String name = body.get("name") instanceof JsonString s ? s.getString() : null;
        Organization org = provisioning.create(name, email, password);
        JsonObject reply = JsonBuilders.object()
                .add("id", org.getId())
                .add("name", org.getName())
                .add("created_at", VendorDates.iso(org.getCreatedAt()))
                .add("owner", JsonBuilders.object().add("email", email.trim().toLowerCase()))
                .build();
        return Response.status(201).entity(reply).build();
    }
}
