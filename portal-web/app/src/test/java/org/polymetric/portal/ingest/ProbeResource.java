package org.polymetric.portal.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.polymetric.kernel.ingest.Arrival;
import org.polymetric.kernel.ingest.Arrivals;
import org.polymetric.kernel.ingest.GroupCommitQueue;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * {@code POST /api/probe/items} (text body: the value): 204 once committed, 503 when the queue is
 * full or the batch failed. {@code GET /api/probe/arrival}: what the kernel's Arrival says of the caller.
 */
@ApplicationScoped
@Path("api/probe")
public class ProbeResource {
    @Inject
    ProbeQueue queue;

    @Inject
    Arrivals arrivals;

    @POST
    @Path("items")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response add(String value, @Context HttpServletRequest request) {
        Arrival arrival = arrivals.of(request);
        try {
            queue.submit(new ProbeItem(value.strip(), arrival.place().map(p -> p.country()).orElse("")))
                    .await(Duration.ofSeconds(20));
            return Response.noContent().build();
        } catch (GroupCommitQueue.Full | ExecutionException | TimeoutException e) {
            return busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy();
        }
    }

    @GET
    @Path("arrival")
    @Produces(MediaType.APPLICATION_JSON)
    public String arrival(@Context HttpServletRequest request) {
        Arrival a = arrivals.of(request);
        return JsonBuilders.object().add("address", a.address()).add("country", a.place().map(p -> p.country()).orElse(""))
                .add("browser", a.device().browser())
                .add("os", a.device().os()).add("deviceClass", a.device().deviceClass().name())
                .add("receivedAt", a.receivedAt().toEpochMilli()).build().toString();
    }

    private static Response busy() {
        return Response.status(503).type(MediaType.APPLICATION_JSON)
                .entity(JsonBuilders.object().add("error", "busy, try again").build().toString()).build();
    }
}
