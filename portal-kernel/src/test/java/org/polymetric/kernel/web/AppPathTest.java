package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class AppPathTest {
    /** A request that knows only its URI and context path, as the servlet container gives them. */
    private static HttpServletRequest request(String contextPath, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(AppPathTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "getRequestURI" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void atTheRootContextThePathIsTheUri() {
        assertEquals("/api/events/i", AppPath.of(request("", "/api/events/i")));
        assertEquals("/", AppPath.of(request("", "/")));
    }

    @Test
    void belowAContextPathThePathLosesIt() {
        assertEquals("/api/events/i", AppPath.of(request("/x", "/x/api/events/i")));
        assertEquals("/", AppPath.of(request("/x", "/x/")));
        assertEquals("", AppPath.of(request("/x", "/x")));
    }

    @Test
    void encodedCharactersStayAsTheUriHasThem() {
        assertEquals("/games/a%20b/%2F;jsessionid=1", AppPath.of(request("/x", "/x/games/a%20b/%2F;jsessionid=1")));
    }
}
