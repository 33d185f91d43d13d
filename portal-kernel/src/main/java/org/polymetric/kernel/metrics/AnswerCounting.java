package org.polymetric.kernel.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.polymetric.kernel.web.AppPath;

/**
 * Counts each answer in {@link AnswerMetrics} once the chain is done with it. First in
 * {@code web.xml}, so it sees what the kernel refuses before a module runs (413, 401, 429) as well
 * as what modules answer; the path is read before the root paths are rewritten, and the module
 * owning {@code /i} is known from the registry's root paths. An answer the chain ended by throwing
 * is counted as the 500 the container then sends.
 */
public class AnswerCounting implements Filter {
    @Inject
    AnswerMetrics answers;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = AppPath.of(request);
        boolean thrown = true;
        try {
            chain.doFilter(req, resp);
            thrown = false;
        } finally {
            answers.answered(path, thrown ? 500 : ((HttpServletResponse) resp).getStatus());
        }
    }
}
