package org.polymetric.kernel.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /favicon.ico}, which browsers and feed readers ask for without being told: the portal's
 * icon from the kernel's static assets ({@code static/portal/favicon.ico}), with their cache
 * headers. The themes' layouts link it and its SVG form; Shiro leaves the path open.
 */
public class Favicon extends HttpServlet {
    static final String ICON = "/static/portal/favicon.ico";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher(ICON).forward(request, response);
    }
}
