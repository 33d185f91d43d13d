package org.polymetric.counters.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.domain.LicenseTerms;
import org.polymetric.counters.service.Licenses;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.VisibleTenancy;
import org.polymetric.kernel.tenancy.Workspace;
import org.polymetric.kernel.web.View;

/** The {@code /counters} page's content, shared by the page and the license form that shows it again. */
@ApplicationScoped
public class CountersList {
    @Inject
    Workspace workspace;

    @Inject
    Licenses licenses;

    /**
     * One organization's part of the page.
     *
     * @param licenses its licenses, newest first; null when the caller may not view the organization
     */
    public record Section(Organization organization, List<VisibleTenancy.StudioNode> studios, List<License> licenses,
                          boolean mayAdd) {
    }

    /**
     * The page; with a refused license form, its problem (a message key) shown at that
     * organization's form, which keeps what was typed.
     */
    View view(Long formOrganization, String formProblem, String name, String ccuLimit) {
        List<Section> sections = workspace.forCurrentUser().organizations().stream().map(o -> {
            long org = o.organization().getId();
            List<License> listed = licenses.listed(org).orElse(null);
            return new Section(o.organization(), o.studios().stream().filter(s -> !s.games().isEmpty()).toList(),
                    listed, listed != null && licenses.mayAdd(org));
        }).toList();
        return View.of("counters/index").with("sections", sections).with("formOrganization", formOrganization)
                .with("formProblem", formProblem).with("formName", name).with("formLimit", ccuLimit)
                .with("maxName", LicenseTerms.MAX_NAME);
    }
}
