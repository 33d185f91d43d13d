-- GET /login: a themed Thymeleaf page, a new web session and a CSRF token per request.
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
wrk.method = "GET"
wrk.path = "/login"
