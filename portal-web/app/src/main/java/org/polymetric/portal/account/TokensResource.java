package org.polymetric.portal.account;

import org.polymetric.kernel.web.JsonBuilders;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.polymetric.kernel.identity.ApiToken;
import org.polymetric.kernel.identity.TokenService;

/**
 * The caller's API tokens over JSON. Authenticate with HTTP Basic (e-mail:password) or a
 * signed-in session plus {@code X-CSRF-Token}; a token cannot create tokens (403).
 */
@Path("api/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {
    @Inject
    TokenService tokens;

    /** {@code POST /api/tokens} → 201 with the secret, shown only here. 400 bad input, 403 level too high. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body) {
        // JsonValue, not JsonObject: an array or a number must be a 400, not a reader failure
        TokenRequest request = TokenRequest.fromJson(body instanceof JsonObject o ? o : null);
        TokenService.Issued issued = tokens.create(request.name(), request.scope());
        return Response.status(201).entity(TokenJson.of(issued.token(), issued.secret())).build();
    }

    /** {@code GET /api/tokens} → the caller's live tokens, without secrets. */
    @GET
    public JsonObject list() {
        JsonArrayBuilder data = JsonBuilders.array();
        for (ApiToken t : tokens.mine()) {
            data.add(TokenJson.of(t, null));
        }
        return JsonBuilders.object().add("data", data).build();
    }

    /** {@code DELETE /api/tokens/{id}} → 204; 404 when the caller has no such live token. */
    @DELETE
    @Path("{id: \\d{1,18}}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
