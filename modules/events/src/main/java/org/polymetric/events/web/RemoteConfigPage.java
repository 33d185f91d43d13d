package org.polymetric.events.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.polymetric.events.remoteconfig.Parameter;
import org.polymetric.events.remoteconfig.ParameterForm;
import org.polymetric.events.remoteconfig.ParameterRules;
import org.polymetric.events.remoteconfig.RemoteConfig;
import org.polymetric.kernel.web.View;

/**
 * {@code /events/games/{id}/remote-config}: the game's remote-config keys for its admins, with a
 * form to add or change one (value and conditions as JSON) and a button to delete one. Others
 * who may view the game get 403, everyone else the themed 404. A refused form comes back as typed
 * with what is wrong (400), and nothing is saved.
 */
@Path("events/games/{id}/remote-config")
@Produces(MediaType.TEXT_HTML)
public class RemoteConfigPage {
    @Inject
    GameOnPage games;

    @Inject
    RemoteConfig remoteConfig;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("edit") String edit, @QueryParam("notice") String notice) {
        GameOnPage.Shown shown = games.resolve(id, null);
        List<Parameter> keys = remoteConfig.list(shown.id());
        ParameterForm form = keys.stream().filter(p -> p.key().equals(edit)).findFirst().map(ParameterForm::of)
                .orElse(ParameterForm.empty());
        return view(shown, keys, form, null).with("notice", "saved".equals(notice) || "deleted".equals(notice) ? notice : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @FormParam("action") String action,
                         @FormParam("original") String original, @FormParam("key") String key,
                         @FormParam("value") String value, @FormParam("field") List<String> fields,
                         @FormParam("op") List<String> ops, @FormParam("match") List<String> matches,
                         @FormParam("cvalue") List<String> values) {
        GameOnPage.Shown shown = games.resolve(id, null);
        ParameterForm form = ParameterForm.of(original, key, value, fields, ops, matches, values);
        boolean delete = "delete".equals(action);
        try {
            if (delete) {
                remoteConfig.delete(shown.id(), key);
            } else {
                remoteConfig.save(shown.id(), form);
            }
        } catch (ParameterRules.Invalid invalid) {
            View page = view(shown, remoteConfig.list(shown.id()), delete ? ParameterForm.empty() : form, invalid);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/events/games/{id}/remote-config")
                .queryParam("notice", delete ? "deleted" : "saved").build(shown.id())).build();
    }

    private static View view(GameOnPage.Shown shown, List<Parameter> keys, ParameterForm form, ParameterRules.Invalid error) {
        return Pages.view("events/remote-config", shown, "setup")
                .with("keys", keys)
                .with("form", form.withBlankRow())
                .with("error", error == null ? null : error.messageKey())
                .with("errorArgument", error == null ? null : error.argument())
                .with("maxKeys", ParameterRules.MAX_KEYS)
                .with("maxConditions", ParameterRules.MAX_CONDITIONS);
    }
}
