package org.polymetric.organizations.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.kernel.web.BoundedBody;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.kernel.web.MultipartForm;
import org.polymetric.organizations.domain.Icon;
import org.polymetric.organizations.domain.IconCheck;
import org.polymetric.organizations.service.CallerOrganization;
import org.polymetric.organizations.service.GameCatalog;
import org.polymetric.organizations.service.Icons;
import org.polymetric.organizations.service.StudioCatalog;

/**
 * GameAnalytics {@code POST /images} (multipart: {@code file}, {@code entity_type},
 * {@code studio_id}, {@code game_id}) and Polymetric's {@code GET /images/{entity_type}/{id}}
 * to read an icon back. PNG, JPEG or WebP by content, ≤ 1 MB, ≤ 1024×1024; else 422. Bodies over
 * the limit are cut off with 413. Upload needs admin on the entity (and, before the body is read, on
 * something in the organization); reading, sight of it.
 */
// one instance for every call: Jersey would otherwise build and inject a resource for each request
@ApplicationScoped
@Path("api/organizations/images")
public class ImagesResource {
    @Inject
    CallerOrganization caller;

    @Inject
    Icons icons;

    @Inject
    GameCatalog games;

    @Inject
    StudioCatalog studios;

    @Inject
    TenancyDirectory tenancy;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam("Content-Type") String contentType, InputStream body,
                           @QueryParam("organization_id") String organization) throws IOException {
        Validation v = new Validation();
        Long org = v.organization(organization);
        v.done();
        // who may not upload anything is refused before a byte of the body is read
        Reach reach = caller.reach(org);
        icons.requireSomeAdministration(reach);
        byte[] raw = BoundedBody.read(body, IconCheck.UPLOAD_LIMIT).orElse(null);
        if (raw == null) {
            return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Problem.detail("The upload is larger than 1 MB").toString()).build();
        }
        MultipartForm form = MultipartForm.parse(contentType, raw).orElse(null);
        if (form == null) {
            v.fail("body", "file", "the body is not multipart/form-data", "value_error.multipart");
            v.done();
        }
        String entity = form.text("entity_type");
        if (entity == null) {
            v.fail("body", "entity_type", "field required", "value_error.missing");
        } else if (!Vocabulary.ACCESS_RESOURCE.contains(entity)) {
            v.fail("body", "entity_type", Validation.permitted(Vocabulary.ACCESS_RESOURCE), "type_error.enum");
        }
        Long studioId = formId(v, form, "studio_id", "studio".equals(entity));
        Long gameId = formId(v, form, "game_id", "game".equals(entity));
        byte[] file = form.bytes("file").orElse(null);
        Icon icon = null;
        if (file == null) {
            v.fail("body", "file", "field required", "value_error.missing");
        } else {
            IconCheck.Result checked = IconCheck.check(file);
            if (checked.icon() == null) {
                v.fail("body", "file", checked.refusal(), "value_error.image");
            }
            icon = checked.icon();
        }
        v.done();
        ResourceType type = ResourceType.fromWord(entity).orElseThrow();
        long id = switch (type) {
            case ORGANIZATION -> reach.organizationId();
            case STUDIO -> studioId;
            case GAME -> gameId;
        };
        icons.upload(reach, type, id, icon);
        return Response.ok(JsonBuilders.object().add("data", described(reach, type, id)).build()).build();
    }

    /** The stored icon with its own content type; cached privately, revalidated by ETag. */
    @GET
    @Path("{entity_type: organization|studio|game}/{id: \\d{1,18}}")
    public Response icon(@PathParam("entity_type") String entity, @PathParam("id") long id,
                         @QueryParam("organization_id") String organization, @Context Request request) {
        Validation v = new Validation();
        Long org = v.organization(organization);
        v.done();
        Reach reach = caller.reach(org);
        Icon icon = icons.get(reach, ResourceType.fromWord(entity).orElseThrow(), id);
        EntityTag tag = new EntityTag(etag(icon.bytes()));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder reply = unchanged != null ? unchanged : Response.ok(icon.bytes(), icon.contentType());
        return reply.tag(tag).header("Cache-Control", "private, max-age=300").build();
    }

    /** The first 128 bits of the bytes' SHA-256, in hex. */
    private static String etag(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private JsonObject described(Reach reach, ResourceType type, long id) {
        JsonObjectBuilder b = JsonBuilders.object().add("entity_type", type.word());
        switch (type) {
            case ORGANIZATION -> b.add("organization", TenancyJson.organization(tenancy.organization(id).orElseThrow()));
            case STUDIO -> b.add("studio", TenancyJson.studio(studios.get(reach, id)));
            case GAME -> {
                Game g = games.get(reach, id);
                Expansion lookups = new Expansion(tenancy);
                b.add("game", TenancyJson.game(g, caller.administered(reach).seesGame(g.getId(), g.getStudioId()),
                        games.activityOf(List.of(g)).getOrDefault(g.getId(), GameActivity.Active.NONE),
                        Set.of(), lookups::studio, lookups::organization));
            }
        }
        return b.build();
    }

    private static Long formId(Validation v, MultipartForm form, String field, boolean required) {
        String text = form.text(field);
        if (text == null || text.isEmpty()) {
            if (required) {
                v.fail("body", field, "field required", "value_error.missing");
            }
            return null;
        }
        return v.id("body", field, text);
    }
}
