package org.polymetric.counters.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.OptionalLong;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.service.Licenses;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * {@code POST /counters/licenses} ({@code organization_id}, {@code name}, {@code ccu_limit}
 * optional, and the form's {@code _csrf}): adds a license to the organization and answers 303 to
 * its page, which shows the new hash. Admins of the organization; its other viewers get 403,
 * anyone else 404, a form without the CSRF token 403 (the kernel's filter). A name or limit out
 * of bounds shows the list page again, 400, with the reason at the form.
 */
@Path("counters/licenses")
public class NewLicense {
    @Inject
    Licenses licenses;

    @Inject
    AccessGuard guard;

    @Inject
    CountersList list;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response add(@FormParam("organization_id") String organization, @FormParam("name") String name,
                        @FormParam("ccu_limit") String ccuLimit) {
        guard.requireUser();
        long org = RequestText.whole(organization, RequestText.ID_DIGITS).orElseThrow(NotFoundException::new);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > Licenses.MAX_NAME) {
            return refused(org, "counters.license.badname", name, ccuLimit);
        }
        Integer limit = null;
        if (ccuLimit != null && !ccuLimit.isBlank()) {
            OptionalLong l = RequestText.whole(ccuLimit, Licenses.LIMIT_DIGITS);
            if (l.isEmpty() || l.getAsLong() < 1 || l.getAsLong() > Integer.MAX_VALUE) {
                return refused(org, "counters.license.badlimit", name, ccuLimit);
            }
            limit = (int) l.getAsLong();
        }
        License l = licenses.add(org, n, limit);
        return Response.seeOther(UriBuilder.fromPath("/counters/licenses/{id}").queryParam("created", "1").build(l.id()))
                .build();
    }

    /** The list page again, 400, unless the caller may not add licenses there (then 404 or 403, as an add would be). */
    private Response refused(long org, String problem, String name, String ccuLimit) {
        if (!guard.can(Permissions.viewOrganization(org))) {
            throw new NotFoundException();
        }
        guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, org));
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(list.view(org, problem, name, ccuLimit)).build();
    }
}
