package org.polymetric.portal.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.polymetric.kernel.web.View;

/** {@code GET /sample}: a module's page in the portal's theme, with the module's own texts. */
@Path("sample")
@Produces(MediaType.TEXT_HTML)
public class SamplePage {
    @GET
    public View show() {
        return View.of("sample/hello").with("count", 3);
    }
}
