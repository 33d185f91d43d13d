-- The baseline: GET /api/noop, a JAX-RS endpoint that does nothing and needs no sign-in.
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
wrk.method = "GET"
wrk.path = "/api/noop"
