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
import org.polymetric.counters.domain.CheckedLicenseTerms;
import org.polymetric.counters.domain.LicenseProblem;
import org.polymetric.counters.domain.LicenseTerms;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.service.Licenses;
import org.polymetric.kernel.security.AccessGuard;

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
        CheckedLicenseTerms terms = licenses.terms(org, name, ccuLimit);
        if (terms instanceof LicenseProblem problem) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(list.view(org, messageKey(problem), name, ccuLimit)).build();
        }
        long id = licenses.add(org, (LicenseTerms) terms).id();
        return Response.seeOther(UriBuilder.fromPath("/counters/licenses/{id}").queryParam("created", "1").build(id)).build();
    }

    private static String messageKey(LicenseProblem problem) {
        return switch (problem) {
            case NAME -> "counters.license.badname";
            case CCU_LIMIT -> "counters.license.badlimit";
        };
    }
}
